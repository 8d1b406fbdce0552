package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The school desk: a region registers a school and its admin; the admin registers a family and issues access. */
class SchoolDeskIT extends IdentityIT {

	private final EventContracts contracts = new EventContracts();

	@Test
	void schoolAdminRegistersAFamilyAndTheGuardianLogsInWithTheRightClaims() {
		String region = regionOperatorToken();
		String schoolId = api().post("/api/identity/schools", region, school("МБОУ СОШ № 1")).json().get("id").asString();
		String adminId = api().post("/api/identity/schools/" + schoolId + "/staff", region,
				Map.of("lastName", "Петрова", "firstName", "Анна", "roles", List.of("school-admin"))).json().get("id").asString();
		String adminLogin = unique("admin");
		assertThat(api().post("/api/identity/persons/" + adminId + "/account", region,
				Map.of("username", adminLogin, "password", "Admin-pass-1")).status()).isEqualTo(201);
		String admin = login(adminLogin, "Admin-pass-1");

		Response student = api().post("/api/identity/schools/" + schoolId + "/students", admin,
				Map.of("lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01"));
		assertThat(student.status()).isEqualTo(201);
		String studentId = student.json().get("id").asString();
		Response guardian = api().post("/api/identity/schools/" + schoolId + "/guardians", admin,
				Map.of("lastName", "Иванова", "firstName", "Мария", "snils", "112-233-445 95"));
		assertThat(guardian.status()).isEqualTo(201);
		String guardianId = guardian.json().get("id").asString();
		assertThat(api().post("/api/identity/representations", admin,
				Map.of("guardianId", guardianId, "studentId", studentId, "basis", "parent")).status()).isEqualTo(201);

		String guardianLogin = unique("mother");
		Response account = api().post("/api/identity/persons/" + guardianId + "/account", admin,
				Map.of("username", guardianLogin, "password", "Mother-pass-1"));
		assertThat(account.status()).as(account.toString()).isEqualTo(201);

		JsonNode claims = claims(login(guardianLogin, "Mother-pass-1"));
		assertThat(claims.get("person_id").asString()).isEqualTo(guardianId);
		assertThat(claims.get("school_ids").toString()).contains(schoolId);
		assertThat(claims.get("realm_access").get("roles").toString()).contains("guardian");

		JsonNode established = json(EventProbe.await("identity.representations.v1",
				r -> r.value().contains(guardianId), Duration.ofSeconds(30)).value());
		contracts.validate("identity.representations.v1", established);
		assertThat(established.get("data").get("studentId").asString()).isEqualTo(studentId);
		String guardianEvent = EventProbe.await("identity.persons.v1", r -> r.value().contains(guardianId),
				Duration.ofSeconds(30)).value();
		assertThat(guardianEvent).doesNotContain("11223344595").doesNotContain("snils");
	}

	@Test
	void schoolAdminCannotRegisterPeopleInAnotherSchool() {
		String region = regionOperatorToken();
		String mine = api().post("/api/identity/schools", region, school("Школа А")).json().get("id").asString();
		String other = api().post("/api/identity/schools", region, school("Школа Б")).json().get("id").asString();
		String adminId = api().post("/api/identity/schools/" + mine + "/staff", region,
				Map.of("lastName", "Смирнов", "firstName", "Олег", "roles", List.of("school-admin"))).json().get("id").asString();
		String login = unique("admin");
		api().post("/api/identity/persons/" + adminId + "/account", region, Map.of("username", login, "password", "Admin-pass-1"));
		String admin = login(login, "Admin-pass-1");

		Response refused = api().post("/api/identity/schools/" + other + "/students", admin,
				Map.of("lastName", "Чужой", "firstName", "Ученик", "birthDate", "2012-01-01"));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("своей школы");
	}

	@Test
	void badInputIsAProblemAndWritesNothing() {
		String region = regionOperatorToken();
		String schoolId = api().post("/api/identity/schools", region, school("Школа В")).json().get("id").asString();

		Response badSnils = api().post("/api/identity/schools/" + schoolId + "/guardians", region,
				Map.of("lastName", "Иванова", "firstName", "Мария", "snils", "112-233-445 96"));
		assertThat(badSnils.status()).isEqualTo(400);
		assertThat(badSnils.isProblem()).isTrue();
		assertThat(badSnils.json().get("detail").asString()).contains("СНИЛС");

		Response missingName = api().post("/api/identity/schools/" + schoolId + "/students", region,
				Map.of("firstName", "Пётр", "birthDate", "2014-03-01"));
		assertThat(missingName.status()).isEqualTo(400);
		assertThat(missingName.json().get("errors").toString()).contains("lastName");

		Response notJson = api().post("/api/identity/schools", region, "{not json");
		assertThat(notJson.status()).isEqualTo(400);
		assertThat(notJson.isProblem()).isTrue();

		Response english = api().send("POST", "/api/identity/schools/" + schoolId + "/guardians", region,
				Map.of("lastName", "A", "firstName", "B", "snils", "1"), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).contains("Invalid SNILS");
	}

	@Test
	void anonymousAndForgedCallersAreRefused() {
		Response anonymous = api().post("/api/identity/schools", null, school("Школа Г"));
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.isProblem()).isTrue();
		Response forged = api().post("/api/identity/schools", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", school("Школа Г"));
		assertThat(forged.status()).isEqualTo(401);
		Response notOperator = api().post("/api/identity/schools", guardianLikeToken(), school("Школа Г"));
		assertThat(notOperator.status()).isEqualTo(403);
	}

	@Test
	void healthAndOpenApiAreOpen() {
		assertThat(management().get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
		assertThat(api().get("/v3/api-docs", null).json().get("openapi").asString()).startsWith("3.1");
	}

	private static String guardianLikeToken() {
		String username = unique("someone");
		org.ejd.testkit.RealServers.keycloak().createUser(username, "Someone-pass-1", List.of("guardian"),
				java.util.UUID.randomUUID().toString(), List.of());
		return login(username, "Someone-pass-1");
	}

	private static JsonNode claims(String token) {
		return json(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1])));
	}

	private static JsonNode json(String text) {
		return JsonMapper.builder().build().readTree(text);
	}

	@Test
	void aSchoolAdminDoesNotGiveAFellowAdminAnAccountOnlyTheRegionDoes() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа двух администраторов");
		String fellow = created(api().post("/api/identity/schools/" + desk.schoolId() + "/staff", region,
				Map.of("lastName", "Власова", "firstName", "Инна", "roles", List.of("school-admin"))));
		Response byAdmin = api().post("/api/identity/persons/" + fellow + "/account", desk.admin(),
				Map.of("username", unique("fellow"), "password", "Fellow-pass-12"));
		assertThat(byAdmin.status()).isEqualTo(403);
		assertThat(byAdmin.json().get("code").asString()).isEqualTo("identity.account.admin-by-region-only");
		assertThat(api().post("/api/identity/persons/" + fellow + "/account", region,
				Map.of("username", unique("fellow"), "password", "Fellow-pass-12")).status()).isEqualTo(201);
	}
}
