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

	@Test
	void aSchoolRegistersItsInformationSystemAsAConfidentialClientWhoseTokensNameTheSchoolAndWhoseSecretIsShownOnce() {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа"));
		Response registered = api().post("/api/identity/apps", desk.admin(), Map.of("name", "АИС школы № 7", "kind", "machine",
				"schoolId", desk.schoolId(), "scopes", List.of("roster.readonly")));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String appId = registered.json().get("id").asString();
		String clientId = registered.json().get("clientId").asString();
		String secret = registered.json().get("clientSecret").asString();
		assertThat(registered.json().get("kind").asString()).isEqualTo("machine");
		assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
		assertThat(registered.headers().get("cache-control")).as("kept by no cache, no idempotency record").contains("no-store");
		assertThat(registered.json().get("redirectUris")).isEmpty();
		event("identity.apps.v1", "identity.app.registered", appId);

		JsonNode client = keycloakClient(clientId);
		assertThat(client.get("publicClient").asBoolean()).isFalse();
		assertThat(client.get("serviceAccountsEnabled").asBoolean()).as("client credentials").isTrue();
		assertThat(client.get("standardFlowEnabled").asBoolean()).as("nobody signs in to it").isFalse();
		assertThat(client.get("directAccessGrantsEnabled").asBoolean()).as("no password grant").isFalse();
		assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(api().get("/api/identity/apps/" + appId, desk.admin()).json().get("clientSecret").isNull())
			.as("eJD keeps no secret to show again").isTrue();
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/apps", desk.admin()).body()).doesNotContain(secret);

		JsonNode claims = claims(clientCredentials(clientId, secret, "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly"));
		assertThat(claims.get("azp").asString()).isEqualTo(clientId);
		assertThat(claims.get("school_ids").toString()).as("its school, hard-coded by the realm").contains(desk.schoolId());
		assertThat(claims.get("aud").toString()).contains("ejd-api");
		assertThat(claims.get("scope").asString()).contains("https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly");
		assertThat(claims.has("person_id")).as("a system, not a person").isFalse();
		assertThat(tokenAnswer(Map.of("grant_type", "password", "client_id", clientId, "client_secret", secret, "username",
				"anyone", "password", "Any-pass-1")).statusCode()).as("no password grant").isEqualTo(400);

		Response rotated = api().post("/api/identity/apps/" + appId + "/secret", desk.admin(), null);
		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
		String newSecret = rotated.json().get("clientSecret").asString();
		assertThat(rotated.headers().get("cache-control")).contains("no-store");
		assertThat(newSecret).isNotEqualTo(secret);
		assertThat(tokenAnswer(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret))
			.statusCode()).as("the old secret is refused").isEqualTo(401);
		assertThat(claims(clientCredentials(clientId, newSecret, "")).get("azp").asString()).isEqualTo(clientId);

		assertThat(api().post("/api/identity/apps/" + appId + "/suspension", desk.admin(), null).status()).isEqualTo(200);
		assertThat(tokenAnswer(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", newSecret))
			.statusCode()).as("a suspended system gets no token").isIn(400, 401);
		assertThat(api().post("/api/identity/apps/" + appId + "/resumption", desk.admin(), null).status()).isEqualTo(200);
		assertThat(claims(clientCredentials(clientId, newSecret, "")).get("azp").asString()).isEqualTo(clientId);
	}

	@Test
	void onlyThoseWhoManageTheSchoolRegisterSeeOrRekeyItsInformationSystem() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, unique("Школа"));
		Desk other = newSchool(region, unique("Школа"));
		Map<String, Object> machine = Map.of("name", "АИС", "kind", "machine", "schoolId", desk.schoolId(), "scopes",
				List.of("roster.readonly", "gradebook.readonly"));
		String teacher = tokenWithRole(desk, "teacher");
		String guardian = tokenWithRole(desk, "guardian");
		assertThat(api().post("/api/identity/apps", teacher, machine).status()).as("a teacher").isEqualTo(403);
		assertThat(api().post("/api/identity/apps", guardian, machine).status()).as("a guardian").isEqualTo(403);
		assertThat(api().post("/api/identity/apps", other.admin(), machine).status()).as("another school's admin").isEqualTo(403);

		Response registered = api().post("/api/identity/apps", desk.admin(), machine);
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String appId = registered.json().get("id").asString();
		assertThat(api().get("/api/identity/apps/" + appId, other.admin()).status()).isEqualTo(404);
		assertThat(api().get("/api/identity/schools/" + other.schoolId() + "/apps", other.admin()).body()).doesNotContain(appId);
		assertThat(api().post("/api/identity/apps/" + appId + "/secret", other.admin(), null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/apps/" + appId + "/secret", teacher, null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/apps/" + appId + "/suspension", other.admin(), null).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/apps/" + appId + "/secret", region, null).status()).as("its region's operator")
			.isEqualTo(200);

		String publicApp = created(api().post("/api/identity/apps", desk.admin(), Map.of("name", "Дневник", "schoolId",
				desk.schoolId(), "redirectUris", List.of("https://app.example/cb"))));
		Response noSecret = api().post("/api/identity/apps/" + publicApp + "/secret", desk.admin(), null);
		assertThat(noSecret.status()).isEqualTo(409);
		assertThat(noSecret.json().get("detail").asString()).contains("нет секрета");
	}

	@Test
	void aSchoolsInformationSystemAsksForTheGradebookWriteScopesAndItsTokensAndItsRegistrationCarryThem() {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа"));
		Response registered = api().post("/api/identity/apps", desk.admin(), Map.of("name", "АИС школы", "kind", "machine",
				"schoolId", desk.schoolId(), "scopes", List.of("gradebook.readonly", "gradebook.createput", "gradebook.delete")));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String appId = registered.json().get("id").asString();
		String clientId = registered.json().get("clientId").asString();
		String secret = registered.json().get("clientSecret").asString();
		assertThat(registered.json().get("scopes")).extracting(JsonNode::asString)
			.containsExactly("gradebook.readonly", "gradebook.createput", "gradebook.delete");
		JsonNode event = event("identity.apps.v1", "identity.app.registered", appId);
		assertThat(event.at("/data/kind").asString()).as("the journal binds it by this (ADR 0065)").isEqualTo("machine");
		assertThat(event.at("/data/schoolId").asString()).isEqualTo(desk.schoolId());
		assertThat(event.at("/data/scopes")).extracting(JsonNode::asString).contains("gradebook.createput", "gradebook.delete");

		JsonNode client = keycloakClient(clientId);
		assertThat(client.get("optionalClientScopes")).extracting(JsonNode::asString)
			.contains(PREFIX + "gradebook.createput", PREFIX + "gradebook.delete");
		JsonNode claims = claims(clientCredentials(clientId, secret, PREFIX + "gradebook.createput " + PREFIX + "gradebook.delete"));
		assertThat(claims.get("scope").asString()).contains(PREFIX + "gradebook.createput", PREFIX + "gradebook.delete");
		assertThat(claims.get("school_ids").toString()).contains(desk.schoolId());

		Response readsOnly = api().post("/api/identity/apps", desk.admin(), Map.of("name", "Библиотека", "kind", "machine",
				"schoolId", desk.schoolId(), "scopes", List.of("roster.readonly")));
		HttpResponse<String> asked = tokenAnswer(Map.of("grant_type", "client_credentials", "client_id",
				readsOnly.json().get("clientId").asString(), "client_secret", readsOnly.json().get("clientSecret").asString(),
				"scope", PREFIX + "gradebook.createput"));
		assertThat(asked.statusCode() != 200 || !claims(JsonMapper.builder().build().readTree(asked.body()).get("access_token")
			.asString()).path("scope").asString().contains("gradebook.createput"))
			.as("a system registered without the write scope never gets it: %s", asked.body()).isTrue();

		assertThat(api().post("/api/identity/apps/" + appId + "/suspension", desk.admin(), null).status()).isEqualTo(200);
		assertThat(event("identity.apps.v1", "identity.app.suspended", appId).at("/data/clientId").asString()).isEqualTo(clientId);
		assertThat(tokenAnswer(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret, "scope",
				PREFIX + "gradebook.createput")).statusCode()).as("a suspended system gets no token").isIn(400, 401);
	}

	private static final String PREFIX = "https://purl.imsglobal.org/spec/or/v1p2/scope/";

	@Test
	void aMachineAppIsASchoolsWithoutRedirectsAndAsksOnlyForOneRosterScopes() {
		Desk desk = newSchool(regionOperatorToken(), unique("Школа"));
		for (Map<String, Object> bad : List.<Map<String, Object>>of(
				Map.of("name", "АИС", "kind", "machine", "regionCode", REGION),
				Map.of("name", "АИС", "kind", "machine", "schoolId", desk.schoolId(), "redirectUris", List.of("https://a.example/cb")),
				Map.of("name", "АИС", "kind", "machine", "schoolId", desk.schoolId(), "scopes", List.of("offline_access")),
				Map.of("name", "АИС", "kind", "machine", "schoolId", desk.schoolId(), "scopes", List.of("gradebook.write")),
				Map.of("name", "АИС", "kind", "machine", "schoolId", desk.schoolId(), "scopes",
						List.of("gradebook.createput", "gradebook.createput")),
				Map.of("name", "АИС", "kind", "robot", "schoolId", desk.schoolId()))) {
			Response refused = api().post("/api/identity/apps", desk.admin(), bad);
			assertThat(refused.status()).as(bad.toString()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
			assertThat(refused.json().get("detail").asString()).containsPattern("[а-яА-Я]");
		}
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/apps", desk.admin()).json()).isEmpty();
	}

	/** A token of a person of the desk's school with this one realm role. */
	private static String tokenWithRole(Desk desk, String role) {
		String username = "r-" + java.util.UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "Role-pass-12", List.of(role), java.util.UUID.randomUUID().toString(),
				List.of(desk.schoolId()));
		return login(username, "Role-pass-12");
	}

	private static String clientCredentials(String clientId, String secret, String scope) {
		Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("grant_type", "client_credentials", "client_id", clientId,
				"client_secret", secret));
		if (!scope.isEmpty()) {
			form.put("scope", scope);
		}
		HttpResponse<String> answer = tokenAnswer(form);
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(answer.body()).get("access_token").asString();
	}

	private static JsonNode claims(String token) {
		return JsonMapper.builder().build().readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
	}

	/** Keycloak's token endpoint's own answer, refusals included. */
	private static HttpResponse<String> tokenAnswer(Map<String, String> form) {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
			.collect(java.util.stream.Collectors.joining("&"));
		try {
			return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RealServers.keycloak().tokenUri()))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
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
