package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * C4 (seed 002: «при условии получения письменного согласия родителей»): a guardian's SNILS is kept only under a
 * written consent recorded by consent-service ({@code consent.consent.recorded}); without it the guardian is
 * registered without the SNILS, the answer says so, and the school's report lists them until the SNILS can be added.
 */
class SnilsConsentIT extends IdentityIT {

	@Test
	void aGuardianIsRegisteredWithoutTheSnilsUntilTheirWrittenConsentIsOnFile() {
		Desk desk = newSchool(regionOperatorToken(), "Школа согласий");
		String snils = randomSnils();
		Response registered = api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Кузнецова", "firstName", "Анна", "snils", snils));
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		String guardian = registered.json().get("id").asString();
		assertThat(registered.json().get("snilsStored").asBoolean()).isFalse();
		assertThat(registered.json().get("snilsNote").asString()).startsWith("СНИЛС не сохранён").contains("письменном согласии");
		assertThat(storedSnils(guardian)).as("nothing kept without consent").isNull();
		assertThat(report(desk)).as("on the report").containsEntry(guardian, "none");

		Response early = putSnils(desk.admin(), guardian, snils);
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.isProblem()).isTrue();
		assertThat(early.json().get("detail").asString()).contains("нет зарегистрированного согласия");
		assertThat(storedSnils(guardian)).isNull();

		consentRecorded(guardian, true); // the paper form registered in consent-service
		Response added = putSnils(desk.admin(), guardian, snils.substring(0, 3) + "-" + snils.substring(3, 6) + "-"
				+ snils.substring(6, 9) + " " + snils.substring(9));
		assertThat(added.status()).as(added.toString()).isEqualTo(200);
		assertThat(added.json().get("snilsStored").asBoolean()).isTrue();
		assertThat(added.body()).doesNotContain(snils);
		assertThat(storedSnils(guardian)).isEqualTo(snils);
		assertThat(report(desk)).doesNotContainKey(guardian);
		assertThat(putSnils(desk.admin(), guardian, snils).status()).as("the same again").isEqualTo(200);

		Response english = api().send("POST", "/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Smith", "firstName", "Anna", "snils", randomSnils()), Map.of("Accept-Language", "en"));
		assertThat(english.json().get("snilsNote").asString()).startsWith("The SNILS was not kept");
		Response without = api().post("/api/identity/schools/" + desk.schoolId() + "/guardians", desk.admin(),
				Map.of("lastName", "Орлов", "firstName", "Игорь"));
		assertThat(without.status()).as("no SNILS given: nothing to say").isEqualTo(201);
		assertThat(without.json().get("snilsNote").isNull() || without.json().get("snilsNote").isMissingNode()).isTrue();
	}

	@Test
	void aWithdrawnConsentErasesTheSnilsAndPutsTheGuardianBackOnTheReport() {
		Desk desk = newSchool(regionOperatorToken(), "Школа отзывов");
		String snils = randomSnils();
		String guardian = guardianWithSnils(desk, "Белова", "Ирина", snils);
		assertThat(storedSnils(guardian)).isEqualTo(snils);

		consentRecorded(guardian, false);
		assertThat(storedSnils(guardian)).as("erased with the consent").isNull();
		assertThat(report(desk)).containsEntry(guardian, "withdrawn");
		assertThat(putSnils(desk.admin(), guardian, snils).status()).isEqualTo(409);
	}

	@Test
	void onlyTheSchoolAddsAGuardiansSnilsAndBadInputIsRefused() {
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа СНИЛС");
		Desk other = newSchool(region, "Другая школа СНИЛС");
		String guardian = guardian(desk);
		consentRecorded(guardian, true);

		assertThat(putSnils(other.admin(), guardian, randomSnils()).status()).as("another school's").isEqualTo(404);
		Response checksum = putSnils(desk.admin(), guardian, "112-233-445 96");
		assertThat(checksum.status()).isEqualTo(400);
		assertThat(checksum.json().get("detail").asString()).contains("СНИЛС указан неверно");
		String student = student(desk, LocalDate.parse("2012-05-05"));
		assertThat(putSnils(desk.admin(), student, randomSnils()).status()).as("students: not this rule").isEqualTo(422);
		String taken = randomSnils();
		guardianWithSnils(desk, "Зайцева", "Нина", taken);
		Response twice = putSnils(desk.admin(), guardian, taken);
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().get("detail").asString()).contains("уже зарегистрирован");
		assertThat(storedSnils(guardian)).isNull();

		Response foreignReport = api().get("/api/identity/schools/" + desk.schoolId() + "/guardians-without-consent", other.admin());
		assertThat(foreignReport.status()).isEqualTo(403);
		assertThat(api().get("/api/identity/schools/" + desk.schoolId() + "/guardians-without-consent", region).status())
			.as("an operator of the school's region").isEqualTo(200);
	}

	private Response putSnils(String token, String person, String snils) {
		return api().send("PUT", "/api/identity/persons/" + person + "/snils", token, Map.of("snils", snils), Map.of());
	}

	private String storedSnils(String person) {
		return identityDb.sql("select snils from person where id = ?").param(UUID.fromString(person)).query(String.class).optional()
			.orElse(null);
	}

	/** The report: person id -> consent (none, refused, withdrawn). */
	private Map<String, String> report(Desk desk) {
		Response report = api().get("/api/identity/schools/" + desk.schoolId() + "/guardians-without-consent", desk.admin());
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		Map<String, String> people = new java.util.HashMap<>();
		for (JsonNode row : report.json()) {
			people.put(row.get("personId").asString(), row.get("consent").asString());
			assertThat(row.has("lastName")).isTrue();
		}
		return people;
	}
}
