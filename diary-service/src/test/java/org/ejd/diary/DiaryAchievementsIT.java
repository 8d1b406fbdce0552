package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** J12: the family sees the student's achievements, as the journal last corrected them, and no withdrawn one. */
class DiaryAchievementsIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final LocalDate yesterday = LocalDate.now().minusDays(1);

	@Test
	void theFamilySeesTheCorrectedResultAndNotTheWithdrawnOneInTheListAndTheStatement() throws Exception {
		send("identity.schools.v1", school.toString(), Envelopes.envelope("/ejd/identity-service", "identity.school.registered",
				school.toString(), school, 1, Map.of("schoolId", school, "name", "МБОУ «Школа № 7»", "regionCode", "51",
						"municipality", "ЗАТО г. Североморск", "timeZone", "Europe/Moscow")));
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID olympiad = UUID.randomUUID();
		UUID mistaken = UUID.randomUUID();
		achievement("journal.achievement.recorded", olympiad, 1, 2, "Муниципальный этап олимпиады по математике");
		achievement("journal.achievement.recorded", mistaken, 1, null, "Грамота, выданная по ошибке");
		// the withdrawal arrives before the correction of the other one; the older recording never brings it back
		withdraw(mistaken, 2);
		achievement("journal.achievement.corrected", olympiad, 2, 1, "Муниципальный этап олимпиады по математике, победитель");
		achievement("journal.achievement.recorded", olympiad, 1, 2, "Повтор старой версии");
		achievement("journal.achievement.recorded", mistaken, 1, null, "Грамота, выданная по ошибке");

		String guardianToken = token("guardian", guardian, school);
		Response list = Eventually.until(() -> api().get("/api/diary/students/" + student + "/achievements", guardianToken),
				r -> r.status() == 200 && r.json().size() == 1 && r.json().get(0).get("place").asInt() == 1, Duration.ofSeconds(30));
		assertThat(list.json().get(0).get("title").asString()).endsWith("победитель");
		assertThat(list.json().get(0).get("kind").asString()).isEqualTo("olympiad");
		assertThat(list.json().get(0).get("subjectName").asString()).isEqualTo("Математика");
		assertThat(api().get("/api/diary/students/" + student + "/achievements", token("student", student, school)).json().size())
			.as("the student reads their own").isEqualTo(1);
		assertThat(api().get("/api/diary/students/" + student + "/achievements", token("guardian", UUID.randomUUID(), school)).status())
			.as("another family").isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/achievements", token("teacher", UUID.randomUUID(), school)).status())
			.isEqualTo(404);

		Response statement = api().get("/api/diary/students/" + student + "/statement?from=" + yesterday.minusDays(3) + "&to="
				+ yesterday, guardianToken);
		assertThat(statement.status()).isEqualTo(200);
		assertThat(statement.json().get("achievements").size()).isEqualTo(1);
		assertThat(statement.json().get("achievements").get(0).get("description").asString())
			.isEqualTo("Олимпиада, муниципальный уровень, 1 место");
		assertThat(api().get("/api/diary/students/" + student + "/statement?from=" + yesterday.minusDays(10) + "&to="
				+ yesterday.minusDays(5), guardianToken).json().get("achievements").size()).as("only what was awarded in the span").isZero();
		byte[] pdf;
		try (HttpClient http = HttpClient.newHttpClient()) {
			pdf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/diary/students/" + student
					+ "/statement?from=" + yesterday.minusDays(3) + "&to=" + yesterday)).header("Authorization", "Bearer " + guardianToken)
				.header("Accept", "application/pdf").GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
		}
		assertThat(DiaryStatementIT.textOf(pdf)).contains("Достижения", "победитель", "Олимпиада, муниципальный уровень, 1 место")
			.doesNotContain("по ошибке");

		// 152-FZ art. 14: the family's export lists every achievement the diary holds, the withdrawn one flagged
		Response export = api().get("/api/diary/students/" + student + "/export", guardianToken);
		assertThat(export.status()).as(export.toString()).isEqualTo(200);
		assertThat(export.json().get("achievements").size()).isEqualTo(2);
		assertThat(export.json().get("achievements").findValuesAsString("title")).contains(
				"Муниципальный этап олимпиады по математике, победитель");
		assertThat(export.json().get("achievements").findValues("withdrawn").stream().filter(JsonNode::asBoolean)).hasSize(1);
	}

	private void achievement(String type, UUID id, long version, Integer place, String title) {
		Map<String, Object> data = new HashMap<>(Map.of("achievementId", id, "schoolId", school, "studentId", student, "kind",
				place == null ? "award" : "olympiad", "level", "municipal", "awardedOn", yesterday.toString(), "subjectId",
				UUID.randomUUID(), "subjectName", "Математика", "issuer", "Управление образования", "title", title));
		if (place != null) {
			data.put("place", place);
		}
		if (type.endsWith("corrected")) {
			data.putAll(Map.of("correctedBy", UUID.randomUUID(), "correctedAt", Instant.now().toString(), "reason", "Апелляция"));
		}
		else {
			data.putAll(Map.of("recordedBy", UUID.randomUUID(), "recordedAt", Instant.now().toString()));
		}
		send("journal.achievements.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", type, id.toString(), school,
				version, data));
	}

	private void withdraw(UUID id, long version) {
		send("journal.achievements.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.achievement.withdrawn",
				id.toString(), school, version, Map.of("achievementId", id, "schoolId", school, "studentId", student, "withdrawnBy",
						UUID.randomUUID(), "withdrawnAt", Instant.now().toString(), "reason", "Внесено ошибочно")));
	}
}
