package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** J11 (273-FZ art. 28): topics, homework and attendance keep every change, in open periods too, as marks do. */
class CorrectionHistoryIT extends JournalIT {

	@Test
	void everyChangeOfTopicAndHomeworkIsKeptWithTheOldAndTheNewValueWhoAndWhen() {
		School school = school();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().minusDays(1), "periodNo", 4, "topic", "Дроби",
				"homework", "№ 101–103"));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		String id = lesson.json().get("id").asString();
		Response changed = api().send("PUT", "/api/journal/lessons/" + id + "/content", school.teacherToken(),
				Map.of("topic", "Сложение дробей", "homework", "№ 104–106", "homeworkDue", today().plusDays(2)),
				Map.of("If-Match", "\"1\""));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		api().send("PUT", "/api/journal/lessons/" + id + "/content", school.teacherToken(),
				Map.of("topic", "Сложение дробей", "homework", "№ 104–106", "homeworkDue", today().plusDays(2)), Map.of("If-Match", "\"2\""));

		Response history = api().get("/api/journal/lessons/" + id + "/history", school.adminToken());
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		assertThat(history.json().size()).as("the first entry and one change; saving the same again changes nothing").isEqualTo(2);
		JsonNode first = history.json().get(0);
		assertThat(first.get("oldTopic").isNull()).isTrue();
		assertThat(first.get("newTopic").asString()).isEqualTo("Дроби");
		JsonNode second = history.json().get(1);
		assertThat(second.get("oldTopic").asString()).isEqualTo("Дроби");
		assertThat(second.get("newTopic").asString()).isEqualTo("Сложение дробей");
		assertThat(second.get("oldHomework").asString()).isEqualTo("№ 101–103");
		assertThat(second.get("newHomework").asString()).isEqualTo("№ 104–106");
		assertThat(second.get("newHomeworkDue").asString()).isEqualTo(today().plusDays(2).toString());
		assertThat(second.get("changedBy").asString()).isEqualTo(school.teacherId().toString());
		assertThat(second.get("changedAt").isNull()).isFalse();
		assertThat(second.get("changeReason").isNull()).as("an open period needs no reason").isTrue();

		School other = school();
		assertThat(api().get("/api/journal/lessons/" + id + "/history", other.teacherToken()).status()).isEqualTo(404);
	}

	@Test
	void everyChangeOfAttendanceIsKeptAndAChangeAfterClosingCarriesItsReason() {
		School school = school();
		String id = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today().minusDays(20), "periodNo", 5)).json().get("id").asString();
		take(school, id, Map.of("studentId", school.studentId(), "status", "absent"), null);
		take(school, id, Map.of("studentId", school.studentId(), "status", "late", "minutesLate", 10), null);
		take(school, id, Map.of("studentId", school.studentId(), "status", "late", "minutesLate", 10), null);

		Response period = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of("academicYear",
				academicYearOf(today().minusDays(30)), "name", "Четверть", "kind", "quarter", "startDate", today().minusDays(30),
				"endDate", today().minusDays(10)));
		assertThat(period.status()).as(period.toString()).isEqualTo(201);
		assertThat(api().post("/api/journal/periods/" + period.json().get("id").asString() + "/close", school.adminToken(), null)
			.status()).isEqualTo(200);
		Response noReason = api().send("PUT", "/api/journal/lessons/" + id + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "present"))), Map.of());
		assertThat(noReason.status()).as("a closed period needs a reason").isEqualTo(422);
		take(school, id, Map.of("studentId", school.studentId(), "status", "present"), "Опоздание по вине транспорта, справка");

		Response history = api().get("/api/journal/lessons/" + id + "/attendance/history", school.teacherToken());
		assertThat(history.status()).as(history.toString()).isEqualTo(200);
		assertThat(history.json().findValuesAsString("newStatus")).containsExactly("ABSENT", "LATE", "PRESENT");
		assertThat(history.json().get(0).get("oldStatus").isNull()).isTrue();
		assertThat(history.json().get(1).get("oldStatus").asString()).isEqualTo("ABSENT");
		assertThat(history.json().get(1).get("newMinutesLate").asInt()).isEqualTo(10);
		assertThat(history.json().get(2).get("oldStatus").asString()).isEqualTo("LATE");
		assertThat(history.json().get(2).get("changeReason").asString()).contains("справка");
		assertThat(history.json().get(2).get("changedBy").asString()).isEqualTo(school.teacherId().toString());
		assertThat(api().get("/api/journal/lessons/" + id + "/attendance/history", school().adminToken()).status())
			.as("another school's admin").isEqualTo(404);
	}

	private void take(School school, String lessonId, Map<String, Object> entry, String reason) {
		Map<String, Object> body = reason == null ? Map.of("entries", List.of(entry)) : Map.of("entries", List.of(entry), "reason", reason);
		Response taken = api().send("PUT", "/api/journal/lessons/" + lessonId + "/attendance", school.teacherToken(), body, Map.of());
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
	}
}
