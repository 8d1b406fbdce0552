package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/** No token outlives its session: offline tokens are refused to students and to everyone else. */
class OfflineTokensIT extends IdentityIT {

	@Test
	void aStudentAndAGuardianSignInButGetNoOfflineToken() {
		for (String role : List.of("student", "guardian")) {
			String username = unique(role);
			RealServers.keycloak().createUser(username, "Offline-pass-12", List.of(role), UUID.randomUUID().toString(),
					List.of(UUID.randomUUID().toString()));
			assertThat(RealServers.keycloak().passwordToken(username, "Offline-pass-12")).isNotBlank();
			assertThat(RealServers.keycloak().offlineTokenIssued(username, "Offline-pass-12")).as(role).isFalse();
		}
	}

	@Test
	void evenTheOfflineRoleGetsNoneThroughTheRealmsClients() {
		String username = unique("operator");
		RealServers.keycloak().createUser(username, "Offline-pass-12", List.of("school-admin", "offline_access"),
				UUID.randomUUID().toString(), List.of(UUID.randomUUID().toString()));
		assertThat(RealServers.keycloak().offlineTokenIssued(username, "Offline-pass-12")).isFalse();
	}
}
