package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.KeycloakBrowser;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A8: a school or a region registers an app; it is its own Keycloak client, asks for consent, can be suspended. */
class RegisteredAppsIT extends IdentityIT {

	static final String APP_CALLBACK = "ru.school7.diary:/oauth2redirect";

	@Test
	void aSchoolAdminRegistersAnAppThatIsItsOwnPublicPkceClientWithAConsentScreenAndEveryTokenNamesIt() {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа"));
		Response registered = api().post("/api/identity/apps", desk.admin(), Map.of("name", "Дневник школы № 7",
				"schoolId", desk.schoolId(), "redirectUris", List.of(APP_CALLBACK, "https://diary.school7.example/callback"),
				"scopes", List.of("offline_access")));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String appId = registered.json().get("id").asString();
		String clientId = registered.json().get("clientId").asString();
		assertThat(clientId).startsWith("app-");
		assertThat(registered.json().get("status").asString()).isEqualTo("active");

		JsonNode client = keycloakClient(clientId);
		assertThat(client.get("publicClient").asBoolean()).isTrue();
		assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
		assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(client.get("serviceAccountsEnabled").asBoolean()).isFalse();
		assertThat(client.get("consentRequired").asBoolean()).isTrue();
		assertThat(client.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(client.get("redirectUris").toString()).contains(APP_CALLBACK).contains("https://diary.school7.example/callback");
		assertThat(client.get("optionalClientScopes").toString()).contains("offline_access");
		JsonNode event = event("identity.apps.v1", "identity.app.registered", appId);
		assertThat(event.get("data").get("clientId").asString()).isEqualTo(clientId);
		assertThat(event.get("schoolid").asString()).isEqualTo(desk.schoolId());

		String guardian = guardian(desk);
		represent(desk, guardian, student(desk, LocalDate.now().minusYears(10)));
		String login = issueAccount(desk, guardian, "Holder-pass-1");
		KeycloakBrowser.Outcome asked = RealServers.keycloak().browser().signInToApp(clientId, APP_CALLBACK, login, "Holder-pass-1",
				false);
		assertThat(asked.signedIn()).isFalse();
		assertThat(asked.page()).as("the consent screen names the app").contains("Дневник школы № 7");
		KeycloakBrowser.Outcome approved = RealServers.keycloak().browser().signInToApp(clientId, APP_CALLBACK, login,
				"Holder-pass-1", true);
		assertThat(approved.signedIn()).as(approved.page()).isTrue();
		assertThat(approved.claims().get("azp").asString()).isEqualTo(clientId);
		assertThat(approved.claims().get("person_id").asString()).isEqualTo(guardian);
		assertThat(approved.claims().get("aud").toString()).contains("ejd-api");

		Response suspended = api().post("/api/identity/apps/" + appId + "/suspension", desk.admin(), null);
		assertThat(suspended.status()).isEqualTo(200);
		assertThat(suspended.json().get("status").asString()).isEqualTo("suspended");
		assertThat(keycloakClient(clientId).get("enabled").asBoolean()).isFalse();
		event("identity.apps.v1", "identity.app.suspended", appId);
		assertThat(RealServers.keycloak().browser().signInToApp(clientId, APP_CALLBACK, login, "Holder-pass-1", true).signedIn())
			.as("a suspended app signs nobody in").isFalse();
		assertThat(api().post("/api/identity/apps/" + appId + "/suspension", desk.admin(), null).status()).isEqualTo(409);

		Response resumed = api().post("/api/identity/apps/" + appId + "/resumption", desk.admin(), null);
		assertThat(resumed.json().get("status").asString()).isEqualTo("active");
		assertThat(keycloakClient(clientId).get("enabled").asBoolean()).isTrue();
		event("identity.apps.v1", "identity.app.resumed", appId);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/apps", desk.admin()).json()).hasSize(1);
	}

	@Test
	void aRegionOperatorRegistersARegionsAppAndOthersCannotSeeOrSuspendIt() {
		String region = regionOperatorToken();
		Response registered = api().post("/api/identity/apps", region, Map.of("name", "Региональный дневник", "regionCode", REGION,
				"redirectUris", List.of("https://app.region.example/callback"), "scopes", List.of()));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String appId = registered.json().get("id").asString();
		assertThat(registered.json().get("regionCode").asString()).isEqualTo(REGION);
		assertThat(api().get("/api/identity/regions/" + REGION + "/apps", region).body()).contains(appId);

		String otherRegion = regionOperatorToken("77");
		assertThat(api().get("/api/identity/apps/" + appId, otherRegion).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/apps/" + appId + "/suspension", otherRegion, null).status()).isEqualTo(404);
		Desk desk = newSchool(region, unique("Школа"));
		assertThat(api().get("/api/identity/apps/" + appId, desk.admin()).status()).isEqualTo(404);
		Response notAnOperator = api().post("/api/identity/apps", desk.admin(), Map.of("name", "Чужое", "regionCode", REGION,
				"redirectUris", List.of("https://x.example/cb")));
		assertThat(notAnOperator.status()).isEqualTo(403);
	}

	@Test
	void badRegistrationsAreRefusedWithARussianProblemAndNoClientIsMade() {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа"));
		Desk other = newSchool(regionOperatorToken(), unique("Школа"));
		Map<String, Object> good = Map.of("name", "Приложение", "schoolId", desk.schoolId(), "redirectUris",
				List.of("https://app.example/cb"));
		assertThat(api().post("/api/identity/apps", other.admin(), good).status()).as("another school's admin").isEqualTo(403);
		for (String uri : List.of("http://evil.example/cb", "http://localhost:3000/cb", "javascript:alert(1)",
				"https://*.example/cb", "myapp:/cb", "https://app.example/cb#x")) {
			Response refused = api().post("/api/identity/apps", desk.admin(), Map.of("name", "Приложение", "schoolId",
					desk.schoolId(), "redirectUris", List.of(uri)));
			assertThat(refused.status()).as(uri).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.json().get("detail").asString()).contains("Адрес возврата");
		}
		assertThat(api().post("/api/identity/apps", desk.admin(), Map.of("name", "Приложение", "schoolId", desk.schoolId(),
				"redirectUris", List.of("https://app.example/cb"), "scopes", List.of("realm-admin"))).status()).isEqualTo(400);
		assertThat(api().post("/api/identity/apps", desk.admin(), Map.of("name", " ", "schoolId", desk.schoolId(),
				"redirectUris", List.of("https://app.example/cb"))).status()).isEqualTo(400);
		assertThat(api().post("/api/identity/apps", desk.admin(), Map.of("name", "Приложение", "schoolId", desk.schoolId(),
				"regionCode", REGION, "redirectUris", List.of("https://app.example/cb"))).status()).isEqualTo(400);
		assertThat(api().post("/api/identity/apps", desk.admin(), Map.of("name", "Приложение", "schoolId", desk.schoolId(),
				"redirectUris", List.of())).status()).isEqualTo(400);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/apps", desk.admin()).json()).isEmpty();
	}

	/** The client as Keycloak's admin API shows it. */
	private static JsonNode keycloakClient(String clientId) {
		try {
			HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
					RealServers.keycloak().url() + "/admin/realms/ejd/clients?clientId=" + clientId))
				.header("Authorization", "Bearer " + RealServers.keycloak().adminToken()).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			return JsonMapper.builder().build().readTree(response.body()).get(0);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
