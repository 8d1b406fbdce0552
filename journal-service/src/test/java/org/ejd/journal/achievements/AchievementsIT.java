package org.ejd.journal.achievements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AchievementsIT extends JournalIT {

	private final EventContracts contracts = new EventContracts();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aTeacherRecordsAnOlympiadResultCorrectsItAndWithdrawsItKeepingEveryVersion() {
		School school = school();
		Response recorded = api().post(achievementsOf(school.studentId()), school.teacherToken(), olympiad(school.subjectId(), 2));
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.headers().get("etag")).isEqualTo("\"1\"");
		String id = recorded.json().get("id").asString();
		assertThat(recorded.json().get("subjectName").asString()).isEqualTo("Математика");
		JsonNode recordedEvent = event(id, "journal.achievement.recorded");
		assertThat(recordedEvent.get("data").get("place").asInt()).isEqualTo(2);

		Map<String, Object> firstPlace = olympiad(school.subjectId(), 1);
		firstPlace.put("reason", "Жюри пересмотрело итоги после апелляции");
		Response corrected = api().send("PUT", "/api/journal/achievements/" + id, school.adminToken(), firstPlace,
				Map.of("If-Match", "\"1\""));
		assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
		assertThat(corrected.headers().get("etag")).isEqualTo("\"2\"");
		assertThat(corrected.json().get("place").asInt()).isEqualTo(1);
		JsonNode correctedEvent = event(id, "journal.achievement.corrected");
		assertThat(correctedEvent.get("version").asLong()).isEqualTo(2);
		assertThat(correctedEvent.get("data").get("reason").asString()).contains("апелляции");

		Response withdrawn = api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", school.teacherToken(),
				Map.of("reason", "Внесено ошибочно"), Map.of("If-Match", "\"2\""));
		assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
		assertThat(withdrawn.json().get("withdrawn").asBoolean()).isTrue();
		assertThat(event(id, "journal.achievement.withdrawn").get("version").asLong()).isEqualTo(3);

		Response history = api().get("/api/journal/achievements/" + id + "/history", school.teacherToken());
		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().findValuesAsString("action")).containsExactly("recorded", "corrected", "withdrawn");
		assertThat(history.json().get(0).get("place").asInt()).as("the first version as it was").isEqualTo(2);
		assertThat(history.json().get(1).get("reason").asString()).contains("апелляции");
		Response list = api().get(achievementsOf(school.studentId()), school.adminToken());
		assertThat(list.json().get(0).get("withdrawn").asBoolean()).as("the staff still see what was withdrawn").isTrue();
	}

	@Test
	void aCorrectionNeedsTheVersionItChangesAndAReasonAndAWithdrawnAchievementStaysAsItIs() {
		School school = school();
		String id = api().post(achievementsOf(school.studentId()), school.teacherToken(), olympiad(null, 3)).json().get("id").asString();
		Map<String, Object> change = olympiad(null, 2);
		change.put("reason", "Опечатка в месте");

		Response noIfMatch = api().send("PUT", "/api/journal/achievements/" + id, school.teacherToken(), change, Map.of());
		assertThat(noIfMatch.status()).isEqualTo(428);
		assertThat(noIfMatch.isProblem()).isTrue();
		Response stale = api().send("PUT", "/api/journal/achievements/" + id, school.teacherToken(), change, Map.of("If-Match", "\"7\""));
		assertThat(stale.status()).isEqualTo(412);
		Map<String, Object> noReason = olympiad(null, 2);
		Response reasonless = api().send("PUT", "/api/journal/achievements/" + id, school.teacherToken(), noReason,
				Map.of("If-Match", "\"1\""));
		assertThat(reasonless.status()).isEqualTo(400);
		assertThat(reasonless.json().get("detail").asString()).contains("причину");
		assertThat(api().get("/api/journal/achievements/" + id, school.teacherToken()).json().get("place").asInt())
			.as("nothing refused was written").isEqualTo(3);

		assertThat(api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", school.teacherToken(), Map.of("reason", "Ошибка"),
				Map.of("If-Match", "\"1\"")).status()).isEqualTo(200);
		assertThat(api().send("PUT", "/api/journal/achievements/" + id, school.teacherToken(), change, Map.of("If-Match", "\"2\""))
			.status()).isEqualTo(409);
		assertThat(api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", school.teacherToken(), Map.of("reason", "Ещё раз"),
				Map.of("If-Match", "\"2\"")).status()).isEqualTo(409);
	}

	@Test
	void badEntriesAreRefusedInRussianAndNothingIsRecorded() {
		School school = school();
		School other = school();
		Map<String, Object> badKind = olympiad(null, 1);
		badKind.put("kind", "medal");
		Response kind = api().post(achievementsOf(school.studentId()), school.teacherToken(), badKind);
		assertThat(kind.status()).isEqualTo(400);
		assertThat(kind.isProblem()).isTrue();
		assertThat(kind.json().get("detail").asString()).contains("Вид достижения");
		Map<String, Object> future = olympiad(null, 1);
		future.put("awardedOn", today().plusDays(1).toString());
		assertThat(api().post(achievementsOf(school.studentId()), school.teacherToken(), future).status()).isEqualTo(400);
		Map<String, Object> noPlace = olympiad(null, 0);
		assertThat(api().post(achievementsOf(school.studentId()), school.teacherToken(), noPlace).status()).isEqualTo(400);
		Map<String, Object> noIssuer = olympiad(null, 1);
		noIssuer.put("issuer", "  ");
		assertThat(api().post(achievementsOf(school.studentId()), school.teacherToken(), noIssuer).status()).isEqualTo(400);
		Response foreignSubject = api().post(achievementsOf(school.studentId()), school.teacherToken(), olympiad(other.subjectId(), 1));
		assertThat(foreignSubject.status()).as("a subject of another school").isEqualTo(400);
		assertThat(api().get(achievementsOf(school.studentId()), school.teacherToken()).json().size()).isZero();
	}

	@Test
	void onlyTheStaffOfTheStudentsSchoolRecordAndReadAchievements() {
		School school = school();
		School other = school();
		Response foreign = api().post(achievementsOf(school.studentId()), other.adminToken(), olympiad(null, 1));
		assertThat(foreign.status()).as("staff of another school do not learn the student exists").isEqualTo(404);
		String guardian = user(List.of("guardian"), UUID.randomUUID(), school.id());
		Response family = api().post(achievementsOf(school.studentId()), guardian, olympiad(null, 1));
		assertThat(family.status()).isEqualTo(403);
		assertThat(family.json().get("detail").asString()).contains("работники школы");
		assertThat(api().post(achievementsOf(UUID.randomUUID()), school.adminToken(), olympiad(null, 1)).status()).isEqualTo(404);

		Map<String, Object> commendation = new HashMap<>(Map.of("kind", "commendation", "level", "school", "awardedOn",
				today().toString(), "issuer", "Директор школы", "title", "Благодарность за помощь в организации праздника"));
		Response recorded = api().post(achievementsOf(school.studentId()), school.adminToken(), commendation);
		assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
		assertThat(recorded.json().get("place").isNull()).isTrue();
		String id = recorded.json().get("id").asString();
		assertThat(api().get("/api/journal/achievements/" + id, other.adminToken()).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/achievements/" + id, guardian).status()).isEqualTo(403);
		assertThat(api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", other.teacherToken(), Map.of("reason", "x"),
				Map.of("If-Match", "\"1\"")).status()).isEqualTo(404);
		assertThat(api().get(achievementsOf(school.studentId()), school.teacherToken()).json().size()).isEqualTo(1);
	}

	@Test
	void aReasonOrTitleLongerThanTheDocumentSaysIsRefusedAsSentSpacesIncludedInRussianOrEnglish() {
		School school = school();
		String id = api().post(achievementsOf(school.studentId()), school.teacherToken(), olympiad(null, 3)).json().get("id").asString();
		String padded = "Внесено ошибочно" + " ".repeat(1000); // 1,016 characters sent, 16 once trimmed
		Response russian = api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", school.teacherToken(),
				Map.of("reason", padded), Map.of("If-Match", "\"1\""));
		assertThat(russian.status()).as(russian.toString()).isEqualTo(400);
		assertThat(russian.isProblem()).isTrue();
		assertThat(russian.json().get("detail").asString()).isEqualTo("Запрос содержит ошибки в данных: см. поле errors.");
		assertThat(russian.json().get("errors").findValuesAsString("field")).containsExactly("reason");
		assertThat(russian.json().get("errors").get(0).get("message").asString()).contains("1000").containsPattern("[а-я]");
		Response english = api().send("POST", "/api/journal/achievements/" + id + "/withdrawal", school.teacherToken(),
				Map.of("reason", padded), Map.of("If-Match", "\"1\"", "Accept-Language", "en"));
		assertThat(english.status()).isEqualTo(400);
		assertThat(english.json().get("detail").asString()).isEqualTo("The request has invalid data: see the errors field.");
		assertThat(english.json().get("errors").get(0).get("message").asString()).contains("1000").doesNotContainPattern("[а-я]");
		JsonNode kept = api().get("/api/journal/achievements/" + id, school.teacherToken()).json();
		assertThat(kept.get("withdrawn").asBoolean()).as("nothing refused was written").isFalse();
		assertThat(kept.get("version").asLong()).isEqualTo(1);

		Map<String, Object> paddedTitle = olympiad(null, 1);
		paddedTitle.put("title", "Олимпиада" + " ".repeat(500));
		Response title = api().post(achievementsOf(school.studentId()), school.teacherToken(), paddedTitle);
		assertThat(title.status()).as(title.toString()).isEqualTo(400);
		assertThat(title.json().get("errors").findValuesAsString("field")).containsExactly("title");
		assertThat(api().get(achievementsOf(school.studentId()), school.teacherToken()).json().size()).isEqualTo(1);
	}

	private static String achievementsOf(UUID studentId) {
		return "/api/journal/students/" + studentId + "/achievements";
	}

	private static Map<String, Object> olympiad(UUID subjectId, int place) {
		Map<String, Object> body = new HashMap<>(Map.of("kind", "olympiad", "level", "municipal", "place", place, "awardedOn",
				today().minusDays(5).toString(), "issuer", "Управление образования г. Североморска", "title",
				"Муниципальный этап всероссийской олимпиады школьников по математике"));
		if (subjectId != null) {
			body.put("subjectId", subjectId);
		}
		return body;
	}

	private JsonNode event(String achievementId, String type) {
		var record = EventProbe.await("journal.achievements.v1",
				r -> r.value().contains(achievementId) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(30));
		JsonNode envelope = json.readTree(record.value());
		contracts.validate("journal.achievements.v1", envelope);
		return envelope;
	}
}
