package org.ejd.platform.boot;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class KnownSecretsGuardTest {

	private final KnownSecretsGuard guard = new KnownSecretsGuard();

	@Test
	void aServiceWithAPublishedPlaceholderSecretDoesNotStart() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("ejd.identity.keycloak.client-secret", "change-me-identity-admin")
			.withProperty("spring.datasource.password", "ejd");
		assertThatThrownBy(() -> guard.postProcessEnvironment(environment, new SpringApplication()))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ejd.identity.keycloak.client-secret")
			.hasMessageContaining("spring.datasource.password");
	}

	@Test
	void realSecretsAndNonSecretSettingsPass() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("ejd.identity.keycloak.client-secret", "3f9a0c1e6b2d47a8b5c4e3d2f1a0b9c8")
			.withProperty("ejd.identity.keycloak.client-id", "admin")
			.withProperty("spring.datasource.username", "postgres");
		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}

	@Test
	void theLocalDemoMayRunWithItsThrowAwayDefaults() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.password", "postgres");
		environment.setActiveProfiles(KnownSecretsGuard.DEMO_PROFILE);
		assertThatCode(() -> guard.postProcessEnvironment(environment, new SpringApplication())).doesNotThrowAnyException();
	}
}
