package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ejd.platform.boot.EjdDefaultsEnvironmentPostProcessor;
import org.ejd.platform.boot.EjdService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** Each service is its own Kafka user with SCRAM (docs/adr/0050); its password has no default anywhere. */
class KafkaCredentialsTest {

	@EjdService("diary-service")
	static class Diary {
	}

	private static MockEnvironment prepared(MockEnvironment environment) {
		new EjdDefaultsEnvironmentPostProcessor().postProcessEnvironment(environment, new SpringApplication(Diary.class));
		return environment;
	}

	@Test
	void aServiceIsItsOwnKafkaUserOverScram() {
		MockEnvironment environment = prepared(new MockEnvironment().withProperty("ejd.kafka.password", "p4ss"));
		assertThat(environment.getProperty("spring.kafka.security.protocol")).isEqualTo("SASL_PLAINTEXT");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
		assertThat(environment.getProperty("spring.kafka.properties.sasl.jaas.config"))
			.contains("ScramLoginModule required", "username=\"diary-service\"", "password=\"p4ss\"");
	}

	@Test
	void aServiceWithoutItsKafkaPasswordRefusesToStart() {
		assertThatThrownBy(() -> KafkaPlatformAutoConfiguration.requireCredentials(prepared(new MockEnvironment())))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("EJD_KAFKA_PASSWORD")
			.hasMessageContaining("diary-service");
	}

	@Test
	void theDemoProfileGetsNoDefaultPasswordEither() {
		MockEnvironment demo = new MockEnvironment().withProperty("spring.profiles.active", "demo");
		assertThatThrownBy(() -> KafkaPlatformAutoConfiguration.requireCredentials(prepared(demo)))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void aBrokerWithoutSecurityIsAnExplicitChoice() {
		MockEnvironment plain = new MockEnvironment().withProperty("spring.kafka.security.protocol", "PLAINTEXT");
		assertThatCode(() -> KafkaPlatformAutoConfiguration.requireCredentials(prepared(plain))).doesNotThrowAnyException();
	}
}
