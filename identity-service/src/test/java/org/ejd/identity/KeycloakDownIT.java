package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * Keycloak hangs (frozen: its port takes connections, nothing answers) and comes back: opening an account meanwhile is a
 * 503 problem+json with Retry-After and a Russian detail within the breaker's time limit, no account is recorded, and
 * the same request succeeds afterwards (docs/adr/0038).
 */
class KeycloakDownIT extends IdentityIT {

	@Test
	void openingAnAccountWhileKeycloakIsDownIs503WithRetryAfterAndWorksOnceItIsBack() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без Keycloak");
		String guardian = guardian(desk);
		Map<String, String> account = Map.of("username", unique("later"), "password", "Later-pass-1");

		RealServers.keycloak().pause();
		Response refused;
		try {
			refused = api().post("/api/identity/persons/" + guardian + "/account", desk.admin(), account);
		}
		finally {
			RealServers.keycloak().resume();
		}
		assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.headers().get("retry-after")).isEqualTo("10");
		assertThat(refused.json().get("code").asString()).isEqualTo("identity.keycloak.unavailable");
		assertThat(refused.json().get("detail").asString()).isEqualTo("Служба учётных записей временно недоступна. Повторите позже; данные не изменены.");
		assertThat(api().get("/api/identity/persons/" + guardian + "/account", desk.admin()).status()).isEqualTo(404);

		// a new login: the frozen Keycloak may still carry out the create it received once it runs again
		Map<String, String> again = Map.of("username", unique("back"), "password", "Later-pass-1");
		Response opened = api().post("/api/identity/persons/" + guardian + "/account", desk.admin(), again);
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(login(again.get("username"), "Later-pass-1")).isNotBlank();
	}
}
