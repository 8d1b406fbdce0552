package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** ADR 0044: each homework in the week and the lessons list shows its state for the student, from the journal's events. */
class DiaryHomeworkStatesIT extends DiaryIT {

	private static final String WEEK = "/week?date=2026-12-07";

	@Test
	void theWeekAndTheLessonsShowEachHomeworksStateKeepingTheNewestAndTheCurrentMark() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		CLOCK.setTo("2026-12-01T09:00:00Z");
		JsonNode week = await(s, mother, WEEK, "№ 245").json();
		JsonNode maths = week.get("days").get(0).get("lessons").get(0);
		assertThat(maths.get("homework").get("state").get("state").asString()).as("nothing done, not yet due").isEqualTo("assigned");

		UUID submission = UUID.randomUUID();
		changed(s, submission, 1, "done", Map.of());
		await(s, mother, WEEK, "\"state\":\"done\"");

		changed(s, submission, 3, "marked", Map.of("handedInAt", "2026-12-08T15:00:00Z", "markId", s.mark, "markValue", "5"));
		changed(s, submission, 2, "handed-in", Map.of("handedInAt", "2026-12-08T15:00:00Z"));
		JsonNode marked = await(s, mother, WEEK, "\"state\":\"marked\"").json();
		JsonNode state = marked.get("days").get(0).get("lessons").get(0).get("homework").get("state");
		assertThat(state.get("state").asString()).as("the older handed-in arrived last and changed nothing").isEqualTo("marked");
		assertThat(state.get("mark").asString()).isEqualTo("5");
		assertThat(marked.get("days").get(2).get("homeworkDue").get(0).get("state").get("state").asString()).isEqualTo("marked");

		Response lessons = api().get("/api/diary/students/" + s.student + "/lessons?from=2026-12-07&to=2026-12-13",
				token("student", s.student, s.school));
		assertThat(lessons.status()).isEqualTo(200);
		JsonNode mondayMaths = null;
		for (JsonNode lesson : lessons.json()) {
			if (lesson.get("lessonId").asString().equals(s.mathsMonday.toString())) {
				mondayMaths = lesson;
			}
		}
		assertThat(mondayMaths).isNotNull();
		assertThat(mondayMaths.get("homeworkState").asString()).isEqualTo("marked");
		assertThat(mondayMaths.get("homeworkMark").asString()).isEqualTo("5");

		s.send("journal.marks.v1", s.student, "/ejd/journal-service", "journal.mark.deleted", s.mark, 2, Map.of("markId", s.mark,
				"studentId", s.student, "schoolId", s.school, "deletedAt", "2026-12-09T08:00:00Z", "deletedBy", UUID.randomUUID(),
				"reason", "Ошибочно выставлена"));
		JsonNode unmarked = Eventually.until(() -> api().get("/api/diary/students/" + s.student + WEEK, mother),
				r -> r.status() == 200 && "handed-in".equals(homeworkState(r.json(), s.mathsMonday).get("state").asString()),
				Duration.ofSeconds(30)).json();
		JsonNode mark = homeworkState(unmarked, s.mathsMonday).get("mark");
		assertThat(mark == null || mark.isNull()).as("the deleted mark's old value is not shown: " + mark).isTrue();
	}

	@Test
	void homeworkDueWithNothingDoneShowsLateAndReturnedWorkShowsTheTeachersComment() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String student = token("student", s.student, s.school);
		UUID essay = UUID.randomUUID();
		Map<String, Object> lesson = new HashMap<>(Map.of("lessonId", essay, "schoolId", s.school, "classGroupId", s.classGroup,
				"subjectId", s.russian, "subjectName", "Русский язык", "teacherId", UUID.randomUUID(), "date", "2026-12-07",
				"periodNo", 5, "lessonType", "regular", "topicOnTime", true));
		lesson.put("homework", "Сочинение «Зима»");
		lesson.put("homeworkDue", "2026-12-08");
		s.send("journal.lessons.v1", s.classGroup, "/ejd/journal-service", "journal.lesson.recorded", essay, 1, lesson);

		CLOCK.setTo("2026-12-08T09:00:00Z");
		JsonNode week = await(s, student, WEEK, "Сочинение").json();
		assertThat(homeworkState(week, essay).get("state").asString()).as("due today, nothing handed in").isEqualTo("late");
		assertThat(homeworkState(week, s.mathsMonday).get("state").asString()).as("due tomorrow").isEqualTo("assigned");

		UUID submission = UUID.randomUUID();
		Map<String, Object> data = submissionData(s, submission, essay, s.russian, "returned", 2);
		data.put("comment", "Раскройте тему подробнее");
		data.put("handedInAt", "2026-12-07T17:00:00Z");
		s.send("journal.marks.v1", s.student, "/ejd/journal-service", "journal.homework-submission.changed", submission, 2, data);
		// the returned state and its comment arrive together (one event): wait for the state itself, not for any text
		JsonNode returned = Eventually.until(() -> api().get("/api/diary/students/" + s.student + WEEK, student),
				r -> r.status() == 200 && "returned".equals(homeworkState(r.json(), essay).get("state").asString()),
				Duration.ofSeconds(30)).json();
		assertThat(homeworkState(returned, essay).get("state").asString()).isEqualTo("returned");
		assertThat(homeworkState(returned, essay).get("comment").asString()).isEqualTo("Раскройте тему подробнее");
	}

	private void changed(WeekScenario s, UUID submission, long version, String state, Map<String, Object> more) {
		Map<String, Object> data = submissionData(s, submission, s.mathsMonday, s.maths, state, version);
		data.putAll(more);
		s.send("journal.marks.v1", s.student, "/ejd/journal-service", "journal.homework-submission.changed", submission, version, data);
	}

	private static Map<String, Object> submissionData(WeekScenario s, UUID submission, UUID lesson, UUID subject, String state,
			long version) {
		return new HashMap<>(Map.of("submissionId", submission, "lessonId", lesson, "studentId", s.student, "schoolId", s.school,
				"classGroupId", s.classGroup, "subjectId", subject, "state", state, "changedAt", "2026-12-07T1" + version + ":00:00Z",
				"changedBy", s.student, "homeworkDue", "2026-12-09"));
	}

	private static JsonNode homeworkState(JsonNode week, UUID lessonId) {
		for (JsonNode day : week.get("days")) {
			for (JsonNode lesson : day.get("lessons")) {
				if (lesson.get("lessonId").asString().equals(lessonId.toString())) {
					return lesson.get("homework").get("state");
				}
			}
		}
		throw new AssertionError("no lesson " + lessonId + " in " + week);
	}

	private Response await(WeekScenario s, String token, String query, String text) {
		return Eventually.until(() -> api().get("/api/diary/students/" + s.student + query, token),
				r -> r.status() == 200 && r.body().contains(text), Duration.ofSeconds(30));
	}
}
