package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** I1: the change feed a third-party app syncs from (docs/adr/0027). */
class DiaryChangeFeedIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final UUID classGroup = UUID.randomUUID();

	@Test
	void theSnapshotPagesTheCurrentMarksThenChangesFollowWithDeletionsAsTombstonesAndTheCursorResumes() {
		familyEnrolled();
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", first, 1, "5"));
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", second, 1, "3"));
		String mother = token("guardian", guardian, school);

		Response page1 = Eventually.until(() -> api().get("/api/diary/changes/marks?limit=1", mother),
				r -> r.status() == 200 && r.json().get("more").asBoolean(), Duration.ofSeconds(30));
		assertThat(page1.json().get("snapshot").asBoolean()).isTrue();
		assertThat(page1.json().get("changes")).hasSize(1);
		assertThat(page1.headers().get("link")).as("the next page in Link, as on every cursor list")
			.isEqualTo("</api/diary/changes/marks?cursor=" + page1.json().get("cursor").asString() + "&limit=1>; rel=\"next\"");
		Response page2 = api().get(page1.json().get("next").asString(), mother);
		assertThat(page2.json().get("snapshot").asBoolean()).isTrue();
		assertThat(page2.json().get("more").asBoolean()).isFalse();
		assertThat(page2.headers()).as("no next page: no Link").doesNotContainKey("link");
		List<String> snapshot = List.of(id(page1, 0), id(page2, 0));
		assertThat(snapshot).containsExactlyInAnyOrder(first.toString(), second.toString());
		assertThat(page2.json().get("changes").get(0).get("data").get("studentId").asString()).isEqualTo(student.toString());

		String cursor = page2.json().get("cursor").asString();
		send("journal.marks.v1", student.toString(), mark("journal.mark.deleted", first, 2, null));
		send("journal.marks.v1", student.toString(), mark("journal.mark.corrected", second, 2, "4"));
		Response changes = Eventually.until(() -> api().get("/api/diary/changes/marks?cursor=" + cursor, mother),
				r -> r.status() == 200 && r.json().get("changes").size() == 2, Duration.ofSeconds(30));
		assertThat(changes.json().get("snapshot").asBoolean()).isFalse();
		Map<String, JsonNode> byId = new HashMap<>();
		changes.json().get("changes").forEach(c -> byId.put(c.get("id").asString(), c));
		assertThat(byId.get(first.toString()).get("deleted").asBoolean()).isTrue();
		assertThat(byId.get(first.toString()).get("data").isNull()).isTrue();
		assertThat(byId.get(second.toString()).get("data").get("value").asString()).isEqualTo("4");

		String resumed = changes.json().get("cursor").asString();
		Response nothingNew = api().get("/api/diary/changes/marks?cursor=" + resumed, mother);
		assertThat(nothingNew.json().get("changes")).isEmpty();
		assertThat(nothingNew.json().get("cursor").asString()).isEqualTo(resumed);
		UUID third = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", third, 1, "2"));
		Response onlyTheNewOne = Eventually.until(() -> api().get("/api/diary/changes/marks?cursor=" + resumed, mother),
				r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));
		assertThat(id(onlyTheNewOne, 0)).isEqualTo(third.toString());
	}

	@Test
	void aCursorOlderThanTheLogsRetentionAnswers410AndTheClientResyncsFromAFreshSnapshot() {
		familyEnrolled();
		UUID first = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", first, 1, "5"));
		String mother = token("guardian", guardian, school);
		Response snapshot = Eventually.until(() -> api().get("/api/diary/changes/marks", mother),
				r -> r.status() == 200 && r.body().contains(first.toString()) && !r.json().get("more").asBoolean(),
				Duration.ofSeconds(30));
		String cursor = snapshot.json().get("cursor").asString();
		UUID second = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", second, 1, "4"));
		Eventually.until(() -> api().get("/api/diary/changes/marks?cursor=" + cursor, mother),
				r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));

		// 31 days on: the pruning job (every second in the tests) drops the log older than the 30 days kept
		CLOCK.advance(Duration.ofDays(31));
		Response gone = Eventually.until(() -> api().get("/api/diary/changes/marks?cursor=" + cursor, mother),
				r -> r.status() != 200, Duration.ofSeconds(30));
		assertThat(gone.status()).isEqualTo(410);
		assertThat(gone.isProblem()).isTrue();
		assertThat(gone.json().get("detail").asString()).contains("30 дн.").contains("заново со снимка");

		Response fresh = api().get("/api/diary/changes/marks", mother);
		assertThat(fresh.status()).isEqualTo(200);
		assertThat(fresh.json().get("snapshot").asBoolean()).isTrue();
		assertThat(fresh.body()).contains(first.toString()).contains(second.toString());
		String resynced = fresh.json().get("cursor").asString();
		assertThat(api().get("/api/diary/changes/marks?cursor=" + resynced, mother).status()).isEqualTo(200);
	}

	@Test
	void aLessonFeedsLessonsAndTimetableAndATopicChangesOnlyTheLessonsFeed() {
		familyEnrolled();
		String mother = token("guardian", guardian, school);
		String lessonsStart = Eventually.until(() -> api().get("/api/diary/changes/lessons", mother),
				r -> r.status() == 200, Duration.ofSeconds(30)).json().get("cursor").asString();
		String timetableStart = api().get("/api/diary/changes/timetable", mother).json().get("cursor").asString();
		UUID lesson = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("lessonId", lesson, "schoolId", school, "classGroupId", classGroup,
				"subjectId", UUID.randomUUID(), "subjectName", "Математика", "teacherId", UUID.randomUUID(),
				"date", LocalDate.now().toString(), "periodNo", 2, "lessonType", "regular", "topicOnTime", true));
		data.put("room", "214");
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
				lesson.toString(), school, 1, data));
		Response slot = Eventually.until(() -> api().get("/api/diary/changes/timetable?cursor=" + timetableStart, mother),
				r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));
		assertThat(slot.json().get("changes").get(0).get("data").get("room").asString()).isEqualTo("214");

		data.put("topic", "Сложение дробей");
		data.put("homework", "№ 245");
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
				lesson.toString(), school, 2, data));
		Response content = Eventually.until(() -> api().get("/api/diary/changes/lessons?cursor=" + lessonsStart, mother),
				r -> r.status() == 200 && r.body().contains("Сложение дробей"), Duration.ofSeconds(30));
		assertThat(content.json().get("changes").get(0).get("data").get("homework").asString()).isEqualTo("№ 245");
		Response timetableAfter = api().get("/api/diary/changes/timetable?cursor=" + slot.json().get("cursor").asString(), mother);
		assertThat(timetableAfter.json().get("changes")).as("the topic moved no lesson").isEmpty();
	}

	@Test
	void attendanceGradesAndRosterOfTheChildReachTheGuardianAndTheSchoolAdminButNotAnotherSchool() {
		familyEnrolled();
		UUID lesson = UUID.randomUUID();
		send("journal.attendance.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.attendance.recorded",
				lesson + "/" + student, school, 1, Map.ofEntries(Map.entry("lessonId", lesson), Map.entry("studentId", student),
						Map.entry("schoolId", school), Map.entry("classGroupId", classGroup), Map.entry("subjectId", UUID.randomUUID()),
						Map.entry("subjectName", "Математика"), Map.entry("date", LocalDate.now().toString()), Map.entry("periodNo", 2),
						Map.entry("status", "ill"), Map.entry("reason", "Справка"), Map.entry("recordedAt", Instant.now().toString()),
						Map.entry("onTime", true))));
		UUID grade = UUID.randomUUID();
		send("journal.periods.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.grade.recorded",
				grade.toString(), school, 1, Map.ofEntries(Map.entry("gradeId", grade), Map.entry("studentId", student),
						Map.entry("schoolId", school), Map.entry("classGroupId", classGroup), Map.entry("subjectId", UUID.randomUUID()),
						Map.entry("subjectName", "Математика"), Map.entry("periodId", UUID.randomUUID()),
						Map.entry("periodName", "1 четверть"), Map.entry("academicYear", "2026/2027"), Map.entry("kind", "period"),
						Map.entry("value", "5"), Map.entry("recordedAt", Instant.now().toString()), Map.entry("onTime", true))));
		String mother = token("guardian", guardian, school);
		String admin = token("school-admin", UUID.randomUUID(), school);
		String otherAdmin = token("school-admin", UUID.randomUUID(), UUID.randomUUID());
		for (String reader : List.of(mother, admin)) {
			Eventually.until(() -> api().get("/api/diary/changes/attendance", reader),
					r -> r.status() == 200 && r.body().contains("Справка"), Duration.ofSeconds(30));
			Eventually.until(() -> api().get("/api/diary/changes/grades", reader),
					r -> r.status() == 200 && r.body().contains(grade.toString()), Duration.ofSeconds(30));
			Response roster = Eventually.until(() -> api().get("/api/diary/changes/roster", reader),
					r -> r.status() == 200 && r.body().contains(student.toString()), Duration.ofSeconds(30));
			assertThat(roster.json().get("changes").get(0).get("data").get("lastName").asString()).isEqualTo("Иванов");
		}
		for (String family : List.of("marks", "attendance", "grades", "roster", "lessons", "timetable")) {
			Response foreign = api().get("/api/diary/changes/" + family, otherAdmin);
			assertThat(foreign.status()).isEqualTo(200);
			assertThat(foreign.body()).doesNotContain(student.toString()).doesNotContain(classGroup.toString());
		}
	}

	@Test
	void aStrangerSeesNothingOfTheChildAndCallersWithoutAFeedBadCursorsAndLimitsAreRefused() {
		familyEnrolled();
		send("journal.marks.v1", student.toString(), mark("journal.mark.posted", UUID.randomUUID(), 1, "5"));
		String mother = token("guardian", guardian, school);
		Response marks = Eventually.until(() -> api().get("/api/diary/changes/marks", mother),
				r -> r.status() == 200 && r.json().get("changes").size() == 1, Duration.ofSeconds(30));

		Response stranger = api().get("/api/diary/changes/marks", token("guardian", UUID.randomUUID(), school));
		assertThat(stranger.status()).isEqualTo(200);
		assertThat(stranger.json().get("changes")).isEmpty();
		Response teacher = api().get("/api/diary/changes/marks", token("teacher", UUID.randomUUID(), school));
		assertThat(teacher.status()).isEqualTo(403);
		assertThat(teacher.isProblem()).isTrue();
		assertThat(teacher.json().get("detail").asString()).contains("Ленту изменений читают");

		List<Response> bad = new ArrayList<>();
		bad.add(api().get("/api/diary/changes/marks?cursor=not-a-cursor", mother));
		bad.add(api().get("/api/diary/changes/attendance?cursor=" + marks.json().get("cursor").asString(), mother));
		assertThat(bad).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(400);
			assertThat(r.isProblem()).isTrue();
		});
		assertThat(bad.get(0).json().get("detail").asString()).contains("Курсор ленты изменений");
		LimitRule.assertRefusedBeyond(api(), "/api/diary/changes/marks", mother, 500);
		Response longFamily = api().get("/api/diary/changes/" + "m".repeat(21), mother);
		assertThat(longFamily.status()).as("a family longer than the document's maxLength").isEqualTo(400);
		assertThat(longFamily.isProblem()).isTrue();
		Response unknown = api().get("/api/diary/changes/salaries", mother);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
	}

	private static String id(Response page, int index) {
		return page.json().get("changes").get(index).get("id").asString();
	}

	private String mark(String type, UUID markId, long version, String value) {
		Map<String, Object> data = value == null ? new HashMap<>(Map.of("markId", markId, "studentId", student, "schoolId", school))
				: markData(markId, student, school, value);
		if (type.endsWith("deleted")) {
			data.put("deletedAt", Instant.now().toString());
			data.put("deletedBy", UUID.randomUUID());
			data.put("reason", "Отметка выставлена не тому ученику");
		}
		if (type.endsWith("corrected")) {
			data.remove("enteredAt");
			data.remove("onTime");
			data.put("correctedAt", Instant.now().toString());
			data.put("correctedBy", UUID.randomUUID());
			data.put("reason", "Ошибка при вводе");
		}
		return Envelopes.envelope("/ejd/journal-service", type, markId.toString(), school, version, data);
	}

	private void familyEnrolled() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID enrolment = UUID.randomUUID();
		send("journal.enrolments.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.student.enrolled",
				enrolment.toString(), school, 1, Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", classGroup,
						"classGroupName", "5А", "kind", "class", "academicYear", "2026/2027", "schoolId", school,
						"from", LocalDate.now().minusMonths(1).toString())));
	}
}
