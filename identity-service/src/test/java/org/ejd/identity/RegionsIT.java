package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A5: regions and their municipalities as registries; a region operator works in its own regions only. */
class RegionsIT extends IdentityIT {

	@Test
	void everySubjectOfTheFederationIsListedOnceWithAValidTimeZone() {
		Response all = api().get("/api/identity/regions", portalToken());
		assertThat(all.status()).isEqualTo(200);
		Set<String> codes = new HashSet<>();
		for (JsonNode region : all.json()) {
			assertThat(codes.add(region.get("code").asString())).as(region.toString()).isTrue();
			assertThat(ZoneId.of(region.get("timeZone").asString())).isNotNull();
			assertThat(region.get("name").asString()).isNotBlank();
		}
		assertThat(codes).hasSize(89).contains("01", "20", "79", "83", "86", "87", "89", "90", "91", "92", "93", "94", "95")
			.doesNotContain("80", "81", "82", "84", "85", "88", "96", "99");

		JsonNode kaliningrad = api().get("/api/identity/regions/39", regionOperatorToken()).json();
		assertThat(kaliningrad.get("name").asString()).isEqualTo("Калининградская область");
		assertThat(kaliningrad.get("timeZone").asString()).isEqualTo("Europe/Kaliningrad");
		JsonNode murmansk = api().get("/api/identity/regions/51", portalToken()).json();
		assertThat(murmansk.get("name").asString()).isEqualTo("Мурманская область");
		assertThat(murmansk.get("timeZone").asString()).isEqualTo("Europe/Moscow");
		assertThat(api().get("/api/identity/regions/77", portalToken()).json().get("name").asString()).isEqualTo("Москва");
		assertThat(api().get("/api/identity/regions/78", portalToken()).json().get("name").asString()).isEqualTo("Санкт-Петербург");
		assertThat(api().get("/api/identity/regions/54", portalToken()).json().get("timeZone").asString()).isEqualTo("Asia/Novosibirsk");
		assertThat(api().get("/api/identity/regions", null).status()).isEqualTo(401);
	}

	@Test
	void anUnknownRegionIs404ForReadingAndForRegisteringInIt() {
		String operator = regionOperatorToken("39");
		Response unknown = api().get("/api/identity/regions/00", operator);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(unknown.json().get("detail").asString()).isEqualTo("Регион с кодом «00» не найден.");
		assertThat(api().get("/api/identity/regions/moscow", operator).status()).isEqualTo(404);
		Response tooLong = api().get("/api/identity/regions/" + "7".repeat(11), operator);
		assertThat(tooLong.status()).as("longer than the document's maxLength: bad input, not an unknown region").isEqualTo(400);
		assertThat(tooLong.isProblem()).isTrue();
		assertThat(api().get("/api/identity/regions/00/municipalities", operator).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/regions/00/municipalities", operator, Map.of("name", "Нигде")).status()).isEqualTo(404);
		Response noMunicipality = api().post("/api/identity/schools", operator,
				Map.of("name", "Школа без места", "municipalityId", UUID.randomUUID()));
		assertThat(noMunicipality.status()).isEqualTo(404);
		assertThat(noMunicipality.json().get("detail").asString()).isEqualTo("Муниципальное образование не найдено.");
	}

	@Test
	void aRegionOperatorRegistersAMunicipalityAndASchoolThereThatTakesTheRegionsTimeZone() {
		String operator = regionOperatorToken("39");
		String name = unique("Тестовый муниципальный округ");
		String oktmo = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Response municipality = api().post("/api/identity/regions/39/municipalities", operator,
				Map.of("name", "  " + name + " ", "oktmo", oktmo.substring(0, 2) + " " + oktmo.substring(2, 5) + " " + oktmo.substring(5)));
		assertThat(municipality.status()).as(municipality.toString()).isEqualTo(201);
		String municipalityId = municipality.json().get("id").asString();
		assertThat(municipality.json().get("name").asString()).isEqualTo(name);
		assertThat(municipality.json().get("oktmo").asString()).isEqualTo(oktmo);
		assertThat(municipality.json().get("regionCode").asString()).isEqualTo("39");
		String location = municipality.headers().get("location");
		assertThat(location).endsWith("/api/identity/regions/39/municipalities/" + municipalityId);
		assertThat(api().get(location.substring(location.indexOf("/api/")), portalToken()).json().get("id").asString())
			.isEqualTo(municipalityId);
		assertThat(api().get("/api/identity/regions/39/municipalities", portalToken()).json().toString()).contains(municipalityId);
		assertThat(api().get("/api/identity/regions/51/municipalities", portalToken()).json().toString()).doesNotContain(municipalityId);

		Response school = api().post("/api/identity/schools", operator, Map.of("name", "МАОУ СОШ № 5", "municipalityId", municipalityId));
		assertThat(school.status()).as(school.toString()).isEqualTo(201);
		String schoolId = school.json().get("id").asString();
		assertThat(school.json().get("regionCode").asString()).isEqualTo("39");
		assertThat(school.json().get("municipality").asString()).isEqualTo(name);
		assertThat(school.json().get("municipalityId").asString()).isEqualTo(municipalityId);
		assertThat(school.json().get("timeZone").asString()).isEqualTo("Europe/Kaliningrad");
		assertThat(api().get("/api/identity/schools/" + schoolId, portalToken()).json().get("timeZone").asString())
			.isEqualTo("Europe/Kaliningrad");

		Response ownZone = api().post("/api/identity/schools", operator,
				Map.of("name", "Школа с поясом", "municipalityId", municipalityId, "timeZone", "Europe/Moscow"));
		assertThat(ownZone.json().get("timeZone").asString()).isEqualTo("Europe/Moscow");

		JsonNode event = JsonMapper.builder().build().readTree(EventProbe.await("identity.schools.v1",
				r -> r.value().contains(schoolId), Duration.ofSeconds(30)).value());
		new EventContracts().validate("identity.schools.v1", event);
		assertThat(event.get("data").get("regionCode").asString()).isEqualTo("39");
		assertThat(event.get("data").get("municipality").asString()).isEqualTo(name);
		assertThat(event.get("data").get("municipalityId").asString()).isEqualTo(municipalityId);
	}

	@Test
	void aBadOktmoIs400AndAMunicipalityNameOrOktmoTwiceInTheRegionIs409() {
		String operator = regionOperatorToken("39");
		Response shortCode = api().post("/api/identity/regions/39/municipalities", operator,
				Map.of("name", unique("Округ"), "oktmo", "2770100"));
		assertThat(shortCode.status()).isEqualTo(400);
		assertThat(shortCode.isProblem()).isTrue();
		assertThat(shortCode.json().get("detail").asString()).contains("ОКТМО").contains("8 или 11 цифр");
		assertThat(api().post("/api/identity/regions/39/municipalities", operator,
				Map.of("name", unique("Округ"), "oktmo", "27701A00")).status()).isEqualTo(400);
		Response english = api().send("POST", "/api/identity/regions/39/municipalities", operator,
				Map.of("name", unique("Округ"), "oktmo", "123"), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("detail").asString()).contains("Invalid OKTMO");
		assertThat(api().post("/api/identity/regions/39/municipalities", operator, Map.of("name", " ")).status()).isEqualTo(400);

		String name = unique("Зеленоградский муниципальный округ");
		String oktmo = String.format("%011d", ThreadLocalRandom.current().nextLong(100_000_000_000L));
		assertThat(api().post("/api/identity/regions/39/municipalities", operator, Map.of("name", name, "oktmo", oktmo)).status())
			.isEqualTo(201);
		Response sameName = api().post("/api/identity/regions/39/municipalities", operator, Map.of("name", name));
		assertThat(sameName.status()).isEqualTo(409);
		assertThat(sameName.json().get("detail").asString()).contains("уже зарегистрировано").contains(name);
		Response sameOktmo = api().post("/api/identity/regions/39/municipalities", operator,
				Map.of("name", unique("Другой округ"), "oktmo", oktmo));
		assertThat(sameOktmo.status()).isEqualTo(409);
		assertThat(sameOktmo.json().get("detail").asString()).contains(oktmo);

		// the same name in another region is another municipality
		assertThat(api().post("/api/identity/regions/51/municipalities", regionOperatorToken("51"), Map.of("name", name)).status())
			.isEqualTo(201);
	}

	@Test
	void anOperatorOfRegion39IsRefusedTheSchoolsAndMunicipalitiesOfRegion51() {
		Desk murmansk = newSchool(regionOperatorToken("51"), "Школа Мурманской области");
		String guardian = guardian(murmansk);
		String application = created(api().post("/api/identity/applications", murmansk.admin(), Map.of("personId", guardian)));
		String kaliningrad = regionOperatorToken("39");

		Response municipality = api().post("/api/identity/regions/51/municipalities", kaliningrad, Map.of("name", unique("Округ")));
		assertThat(municipality.status()).isEqualTo(403);
		assertThat(municipality.isProblem()).isTrue();
		assertThat(municipality.json().get("detail").asString()).contains("Регион 51 не входит в ваши регионы");
		Response school = api().post("/api/identity/schools", kaliningrad,
				Map.of("name", "Чужая школа", "municipalityId", municipality(REGION, "ЗАТО г. Североморск")));
		assertThat(school.status()).isEqualTo(403);
		assertThat(school.json().get("detail").asString()).contains("Регион 51");

		Response student = api().post("/api/identity/schools/" + murmansk.schoolId() + "/students", kaliningrad,
				Map.of("lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01"));
		assertThat(student.status()).isEqualTo(403);
		assertThat(student.json().get("detail").asString()).contains("другому региону (51)");
		assertThat(api().post("/api/identity/schools/" + murmansk.schoolId() + "/staff", kaliningrad,
				Map.of("lastName", "Петрова", "firstName", "Анна", "roles", List.of("school-admin"))).status()).isEqualTo(403);
		assertThat(api().get("/api/identity/schools/" + murmansk.schoolId() + "/applications", kaliningrad).status()).isEqualTo(403);
		assertThat(api().get("/api/identity/applications/overdue?schoolId=" + murmansk.schoolId(), kaliningrad).status())
			.isEqualTo(403);

		Response code = api().post("/api/identity/applications/" + application + "/codes", kaliningrad, null);
		assertThat(code.status()).isEqualTo(403);
		assertThat(code.json().get("detail").asString()).contains("другому региону").doesNotContain("Иванова");
		assertThat(api().post("/api/identity/applications/" + application + "/refusal", kaliningrad,
				Map.of("reason", "Нет документов")).status()).isEqualTo(403);
		// reading it would tell whose application it is: unseen
		assertThat(api().get("/api/identity/applications/" + application, kaliningrad).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + guardian + "/account", kaliningrad,
				Map.of("username", unique("mother"), "password", "Mother-pass-1")).status()).isEqualTo(404);
		assertThat(api().post("/api/identity/persons/" + murmansk.adminId() + "/account/lock", kaliningrad, null).status())
			.isEqualTo(404);

		// the region's own operator may do all of it
		String own = regionOperatorToken("51");
		assertThat(api().post("/api/identity/schools/" + murmansk.schoolId() + "/students", own,
				Map.of("lastName", "Иванов", "firstName", "Пётр", "birthDate", "2014-03-01")).status()).isEqualTo(201);
		assertThat(pdf(own, "/api/identity/applications/" + application + "/codes").statusCode()).isEqualTo(201);
	}

	@Test
	void aSchoolAdminOrARegionOperatorWithoutRegionsRegistersNothingInARegion() {
		Desk desk = newSchool(regionOperatorToken(), "Школа без оператора");
		Response byAdmin = api().post("/api/identity/regions/51/municipalities", desk.admin(), Map.of("name", unique("Округ")));
		assertThat(byAdmin.status()).isEqualTo(403);
		assertThat(byAdmin.json().get("detail").asString()).isEqualTo("Это действие доступно только оператору региона.");

		String username = unique("region");
		RealServers.keycloak().createUser(username, "Region-pass-1", List.of("region-operator"), UUID.randomUUID().toString(), List.of());
		String noRegions = login(username, "Region-pass-1");
		assertThat(api().post("/api/identity/regions/51/municipalities", noRegions, Map.of("name", unique("Округ"))).status())
			.isEqualTo(403);
		assertThat(api().post("/api/identity/schools", noRegions, school("Школа ниоткуда")).status()).isEqualTo(403);
		assertThat(api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", noRegions,
				Map.of("lastName", "Иванова", "firstName", "Мария", "snils", randomSnils())).status()).isEqualTo(403);
		assertThat(report(noRegions, "").get("schools")).isEmpty();
	}

	@Test
	void theOverdueReportOfARegionOperatorCoversTheSchoolsOfItsRegionsOnly() {
		String murmanskOperator = regionOperatorToken("51");
		String kaliningradOperator = regionOperatorToken("39");
		Desk murmansk = newSchool(murmanskOperator, "Школа просрочек 51");
		Desk kaliningrad = newSchool(kaliningradOperator, "Школа просрочек 39", municipality("39", "Гурьевский муниципальный округ"));
		CLOCK.setTo("2026-11-02T07:00:00Z");
		String lateIn51 = created(api().post("/api/identity/applications", murmansk.admin(), Map.of("personId", guardian(murmansk))));
		String lateIn39 = created(api().post("/api/identity/applications", kaliningrad.admin(),
				Map.of("personId", guardian(kaliningrad))));
		CLOCK.setTo("2026-11-12T09:00:00Z");

		assertThat(report(kaliningradOperator, "").toString()).contains(lateIn39, kaliningrad.schoolId()).doesNotContain(lateIn51);
		assertThat(report(murmanskOperator, "").toString()).contains(lateIn51).doesNotContain(lateIn39, kaliningrad.schoolId());
		assertThat(report(regionOperatorToken("39", "51"), "").toString()).contains(lateIn39, lateIn51);
		assertThat(report(kaliningradOperator, "?schoolId=" + kaliningrad.schoolId()).get("schools")).hasSize(1);
		Response otherRegion = api().get("/api/identity/applications/overdue?schoolId=" + murmansk.schoolId(), kaliningradOperator);
		assertThat(otherRegion.status()).isEqualTo(403);
		assertThat(otherRegion.json().get("detail").asString()).contains("другому региону");
	}

	/** A school in that municipality, with its admin signed in. */
	private Desk newSchool(String operator, String name, String municipalityId) {
		String schoolId = created(api().post("/api/identity/schools", operator, Map.of("name", name, "municipalityId", municipalityId)));
		String adminId = created(api().post("/api/identity/schools/" + schoolId + "/staff", operator,
				Map.of("lastName", "Соколова", "firstName", "Вера", "roles", List.of("school-admin"))));
		String adminLogin = unique("admin");
		assertThat(api().post("/api/identity/persons/" + adminId + "/account", operator,
				Map.of("username", adminLogin, "password", "Admin-pass-1")).status()).isEqualTo(201);
		return new Desk(schoolId, adminId, login(adminLogin, "Admin-pass-1"));
	}

	private JsonNode report(String token, String query) {
		Response response = api().get("/api/identity/applications/overdue" + query, token);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}
}
