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
import org.junit.jupiter.api.Test;

class DiaryLessonsIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final UUID classGroup = UUID.randomUUID();

	@Test
	void theGuardianSeesTheClassLessonsWithHomeworkTheChildsAbsencesAndDeferredFinalMark() {
		familyEnrolledIn5A();
		UUID lesson = UUID.randomUUID();
		Map<String, Object> data = new HashMap<>(Map.of("lessonId", lesson, "schoolId", school, "classGroupId", classGroup,
				"subjectId", UUID.randomUUID(), "subjectName", "Математика", "teacherId", UUID.randomUUID(),
				"date", LocalDate.now().toString(), "periodNo", 2, "lessonType", "regular", "topicOnTime", true));
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
				lesson.toString(), school, 1, data));
		data.put("topic", "Сложение дробей");
		data.put("homework", "№ 245");
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
				lesson.toString(), school, 2, data));
		send("journal.attendance.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.attendance.recorded",
				lesson + "/" + student, school, 1, Map.ofEntries(Map.entry("lessonId", lesson), Map.entry("studentId", student),
						Map.entry("schoolId", school), Map.entry("classGroupId", classGroup), Map.entry("subjectId", UUID.randomUUID()),
						Map.entry("subjectName", "Математика"), Map.entry("date", LocalDate.now().toString()), Map.entry("periodNo", 2),
						Map.entry("status", "ill"), Map.entry("reason", "Справка"), Map.entry("recordedAt", Instant.now().toString()),
						Map.entry("onTime", true))));

		UUID assignment = UUID.randomUUID();
		send("journal.teaching.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.teacher.assigned",
				assignment.toString(), school, 1, Map.of("assignmentId", assignment, "schoolId", school, "classGroupId", classGroup,
						"subjectId", UUID.randomUUID(), "subjectName", "Математика", "teacherId", UUID.randomUUID(),
						"teacherName", "Сидорова Ольга", "from", LocalDate.now().minusMonths(1).toString())));

		String mother = token("guardian", guardian, school);
		Response teachers = Eventually.until(() -> api().get("/api/diary/students/" + student + "/teachers", mother),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		assertThat(teachers.json().get(0).get("teacherName").asString()).isEqualTo("Сидорова Ольга");
		String week = "?from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now().plusDays(7);
		Response lessons = Eventually.until(() -> api().get("/api/diary/students/" + student + "/lessons" + week, mother),
				r -> r.status() == 200 && r.body().contains("Сложение дробей"), Duration.ofSeconds(30));
		assertThat(lessons.json().get(0).get("homework").asString()).isEqualTo("№ 245");
		Response absences = Eventually.until(() -> api().get("/api/diary/students/" + student + "/attendance" + week, mother),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		assertThat(absences.json().get(0).get("status").asString()).isEqualTo("ill");

		UUID grade = UUID.randomUUID();
		send("journal.periods.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.grade.recorded",
				grade.toString(), school, 1, Map.ofEntries(Map.entry("gradeId", grade), Map.entry("studentId", student),
						Map.entry("schoolId", school), Map.entry("classGroupId", classGroup), Map.entry("subjectId", UUID.randomUUID()),
						Map.entry("subjectName", "Математика"), Map.entry("periodId", UUID.randomUUID()),
						Map.entry("periodName", "Год"), Map.entry("academicYear", "2026/2027"), Map.entry("kind", "final"),
						Map.entry("deferredUntil", "2027-06-20"), Map.entry("deferralReason", "Болезнь"),
						Map.entry("recordedAt", Instant.now().toString()), Map.entry("onTime", true))));
		Response grades = Eventually.until(() -> api().get("/api/diary/students/" + student + "/grades?academicYear=2026/2027", mother),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		assertThat(grades.json().get(0).get("deferredUntil").asString()).isEqualTo("2027-06-20");

		String stranger = token("guardian", UUID.randomUUID(), school);
		assertThat(api().get("/api/diary/students/" + student + "/grades", stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/lessons", stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/diary/students/" + student + "/attendance", stranger).status()).isEqualTo(404);
	}

	@Test
	void theGuardianSeesHolidaysCityEventsPlannedTestsAndRecommendations() {
		familyEnrolledIn5A();
		UUID holiday = UUID.randomUUID();
		send("journal.calendar.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.holiday.defined",
				holiday.toString(), school, 1, Map.of("holidayId", holiday, "schoolId", school, "name", "Зимние каникулы",
						"startDate", LocalDate.now().plusDays(20).toString(), "endDate", LocalDate.now().plusDays(30).toString())));
		UUID cityEvent = UUID.randomUUID();
		send("journal.calendar.v1", school.toString(), Envelopes.envelope("/ejd/journal-service", "journal.school-event.published",
				cityEvent.toString(), school, 1, Map.of("schoolEventId", cityEvent, "schoolId", school, "title", "Городская олимпиада",
						"startsOn", LocalDate.now().plusDays(5).toString(), "endsOn", LocalDate.now().plusDays(5).toString(), "scope", "city")));
		UUID test = UUID.randomUUID();
		send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.assessment.planned",
				test.toString(), school, 1, Map.of("assessmentId", test, "schoolId", school, "classGroupId", classGroup,
						"subjectId", UUID.randomUUID(), "subjectName", "Математика", "date", LocalDate.now().plusDays(7).toString(),
						"title", "Контрольная работа № 3")));
		UUID advice = UUID.randomUUID();
		send("journal.recommendations.v1", student.toString(), Envelopes.envelope("/ejd/journal-service",
				"journal.recommendation.given", advice.toString(), school, 1, Map.of("recommendationId", advice, "schoolId", school,
						"studentId", student, "subjectId", UUID.randomUUID(), "subjectName", "Математика", "teacherId", UUID.randomUUID(),
						"text", "Повторить дроби", "givenAt", Instant.now().toString())));

		String mother = token("guardian", guardian, school);
		Response calendar = Eventually.until(() -> api().get("/api/diary/students/" + student + "/calendar?from="
				+ LocalDate.now().minusDays(1) + "&to=" + LocalDate.now().plusDays(40), mother),
				r -> r.status() == 200 && r.json().size() == 3, Duration.ofSeconds(30));
		assertThat(calendar.body()).contains("city-event").contains("assessment").contains("holiday");
		Response advices = Eventually.until(() -> api().get("/api/diary/students/" + student + "/recommendations", mother),
				r -> r.status() == 200 && r.json().size() == 1, Duration.ofSeconds(30));
		assertThat(advices.json().get(0).get("text").asString()).isEqualTo("Повторить дроби");
		assertThat(api().get("/api/diary/students/" + student + "/calendar", token("guardian", UUID.randomUUID(), school)).status())
			.isEqualTo(404);
	}

	/** The student, their guardian and the student's enrolment in 5А, as identity and the journal announce them. */
	@Test
	void lessonsAndAttendanceArePagedByCursorAndWithoutALimitComeWholeAsBefore() {
		familyEnrolledIn5A();
		for (int period = 1; period <= 3; period++) {
			UUID lesson = UUID.randomUUID();
			String day = LocalDate.now().minusDays(period % 2).toString();
			send("journal.lessons.v1", classGroup.toString(), Envelopes.envelope("/ejd/journal-service", "journal.lesson.recorded",
					lesson.toString(), school, 1, Map.of("lessonId", lesson, "schoolId", school, "classGroupId", classGroup,
							"subjectId", UUID.randomUUID(), "subjectName", "Литература", "teacherId", UUID.randomUUID(),
							"date", day, "periodNo", period, "lessonType", "regular", "topicOnTime", true)));
			send("journal.attendance.v1", student.toString(), Envelopes.envelope("/ejd/journal-service",
					"journal.attendance.recorded", lesson + "/" + student, school, 1, Map.ofEntries(Map.entry("lessonId", lesson),
							Map.entry("studentId", student), Map.entry("schoolId", school), Map.entry("classGroupId", classGroup),
							Map.entry("subjectId", UUID.randomUUID()), Map.entry("subjectName", "Литература"), Map.entry("date", day),
							Map.entry("periodNo", period), Map.entry("status", "late"), Map.entry("minutesLate", 5),
							Map.entry("recordedAt", Instant.now().toString()), Map.entry("onTime", true))));
		}
		String mother = token("guardian", guardian, school);
		String week = "?from=" + LocalDate.now().minusDays(7) + "&to=" + LocalDate.now().plusDays(7);
		for (String list : List.of("lessons", "attendance")) {
			String path = "/api/diary/students/" + student + "/" + list + week;
			Response whole = Eventually.until(() -> api().get(path, mother), r -> r.status() == 200 && r.json().size() == 3,
					Duration.ofSeconds(30));
			assertThat(header(whole, "Link")).as(list + ": no limit, the whole default page").isNull();
			List<String> paged = new ArrayList<>();
			List<Integer> sizes = new ArrayList<>();
			String next = path + "&limit=2";
			while (next != null) {
				Response page = api().get(next, mother);
				assertThat(page.status()).as(next).isEqualTo(200);
				page.json().forEach(item -> paged.add(item.get("lessonId").asString()));
				sizes.add(page.json().size());
				String link = header(page, "Link");
				assertThat(link == null || link.endsWith("; rel=\"next\"")).isTrue();
				next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
			}
			assertThat(sizes).as(list).containsExactly(2, 1);
			List<String> unpaged = new ArrayList<>();
			whole.json().forEach(item -> unpaged.add(item.get("lessonId").asString()));
			assertThat(paged).as(list).containsExactlyElementsOf(unpaged);
			Response bad = api().get(path + "&cursor=not-a-cursor", mother);
			assertThat(bad.status()).isEqualTo(400);
			assertThat(bad.isProblem()).isTrue();
		}
	}

	private static String header(Response response, String name) {
		return response.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
			.findFirst().orElse(null);
	}

	private void familyEnrolledIn5A() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
		UUID enrolment = UUID.randomUUID();
		send("journal.enrolments.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.student.enrolled",
				enrolment.toString(), school, 1, Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", classGroup,
						"classGroupName", "5А", "kind", "class", "academicYear", "2026/2027", "schoolId", school,
						"from", LocalDate.now().minusMonths(1).toString())));
	}
}
