package org.ejd.journal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;

class ComplianceReportIT extends JournalIT {

	@Test
	void theDeputyHeadSeesLateAndMissingEntriesPerTeacherAsJsonAndCsv() {
		School school = school();
		String teacher = school.teacherToken();
		api().post("/api/journal/marks", teacher, Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "4", "workType", "oral", "workDate", today().minusDays(10)));
		api().post("/api/journal/marks", teacher, Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today()));
		api().post("/api/journal/lessons", teacher, Map.of("classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"date", today().minusDays(2), "periodNo", 1));
		api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of("academicYear",
				academicYearOf(today().minusDays(5)), "name", "Модуль", "kind", "quarter",
				"startDate", today().minusDays(5).withDayOfMonth(1).isAfter(today().minusDays(20)) ? today().minusDays(5).withDayOfMonth(1) : today().minusDays(20),
				"endDate", today().minusDays(5)));
		String deputy = user(List.of("deputy-head"), UUID.randomUUID(), school.id());
		String period = "?from=" + today().minusDays(30) + "&to=" + today();

		Response report = api().get("/api/journal/schools/" + school.id() + "/compliance" + period, deputy);
		assertThat(report.status()).as(report.toString()).isEqualTo(200);
		var row = report.json().get(0);
		assertThat(row.get("teacherName").asString()).isEqualTo("Сидорова Ольга");
		assertThat(row.get("marks").asInt()).isEqualTo(2);
		assertThat(row.get("marksLate").asInt()).isEqualTo(1);
		assertThat(row.get("lessons").asInt()).isEqualTo(1);
		assertThat(row.get("lessonsWithoutTopic").asInt()).isEqualTo(1);
		assertThat(row.get("lessonsWithoutAttendance").asInt()).isEqualTo(1);
		assertThat(row.get("periodMarksMissing").asInt()).as("the period ended 5 days ago, its marks were due after 2").isEqualTo(1);

		Response csv = api().send("GET", "/api/journal/schools/" + school.id() + "/compliance" + period, deputy, null,
				Map.of("Accept", "text/csv"));
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).contains("Педагог;Класс/группа").contains("Сидорова Ольга;5А;Математика;2;1;1;1;0;1;0;1;0");
	}

	@Test
	void aTeacherAndAnotherSchoolGetNoReport() {
		School school = school();
		School other = school();
		String period = "?from=" + today().minusDays(30) + "&to=" + today();
		assertThat(api().get("/api/journal/schools/" + school.id() + "/compliance" + period, school.teacherToken()).status())
			.isEqualTo(403);
		assertThat(api().get("/api/journal/schools/" + school.id() + "/compliance" + period, other.adminToken()).status())
			.isEqualTo(404);
	}

	@Test
	void aPeriodMarkEnteredAfterTheDeadlineIsCountedAndTheClassTeachersDutiesAndMissingYearMarksAreReported() {
		School school = school();
		api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(), "classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate", today()));
		Response quarter = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of("academicYear",
				"2026/2027", "name", "Четверть", "kind", "quarter", "startDate", today().minusDays(40), "endDate", today().minusDays(10)));
		assertThat(quarter.status()).as(quarter.toString()).isEqualTo(201);
		Map<String, Object> grade = new HashMap<>(Map.of("periodId", quarter.json().get("id").asString(), "classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "studentId", school.studentId(), "kind", "period", "value", "5"));
		Response late = api().send("PUT", "/api/journal/grades", school.teacherToken(), grade, Map.of());
		assertThat(late.json().get("onTime").asBoolean()).as("10 days after the end, the deadline was 2").isFalse();
		String span = "?from=" + today().minusDays(30) + "&to=" + today();

		Response report = api().get("/api/journal/schools/" + school.id() + "/compliance" + span, school.adminToken());
		assertThat(report.json().get(0).get("periodMarksMissing").asInt()).isZero();
		assertThat(report.json().get(0).get("periodMarksLate").asInt()).as("entered, but late").isEqualTo(1);

		UUID leader = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", leader, school.id(), Map.of("personId", leader, "schoolId",
				school.id(), "roles", List.of("teacher", "class-teacher"), "lastName", "Орлова", "firstName", "Нина"));
		Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/class-teacher",
				school.adminToken(), Map.of("teacherId", leader), Map.of()), r -> r.status() == 204, Duration.ofSeconds(30));
		Response byClassTeacher = api().get("/api/journal/schools/" + school.id() + "/compliance/class-teachers" + span,
				school.adminToken());
		assertThat(byClassTeacher.status()).as(byClassTeacher.toString()).isEqualTo(200);
		var row = byClassTeacher.json().get(0);
		assertThat(row.get("classTeacherName").asString()).isEqualTo("Орлова Нина");
		assertThat(row.get("periodMarksLate").asInt()).isEqualTo(1);
		assertThat(row.get("absenceNotesWaiting").asInt()).isZero();
		assertThat(row.get("yearMarksMissing").asInt()).as("the year's only period ended in the span: its year mark is due").isEqualTo(1);
		assertThat(api().get("/api/journal/schools/" + school.id() + "/compliance/class-teachers" + span, school.teacherToken())
			.status()).isEqualTo(403);

		String missing = "/api/journal/schools/" + school.id() + "/compliance/missing-year-marks?academicYear=2026/2027";
		Response list = api().get(missing, school.adminToken());
		assertThat(list.status()).as(list.toString()).isEqualTo(200);
		assertThat(list.json().size()).isEqualTo(1);
		assertThat(list.json().get(0).get("lastName").asString()).isEqualTo("Иванов");
		assertThat(list.json().get(0).get("subjectName").asString()).isEqualTo("Математика");
		String classTeacher = user(List.of("teacher", "class-teacher"), leader, school.id());
		assertThat(api().get(missing, classTeacher).json().size()).as("the class teacher's own class").isEqualTo(1);
		String otherClassTeacher = user(List.of("teacher", "class-teacher"), UUID.randomUUID(), school.id());
		assertThat(api().get(missing, otherClassTeacher).json().size()).as("a class teacher of another class").isZero();
		assertThat(api().get(missing, school.teacherToken()).status()).isEqualTo(403);
		assertThat(api().get(missing, school().adminToken()).status()).isEqualTo(404);

		grade.put("kind", "year");
		assertThat(api().send("PUT", "/api/journal/grades", school.teacherToken(), grade, Map.of()).status()).isEqualTo(200);
		assertThat(api().get(missing, school.adminToken()).json().size()).as("the year mark is in").isZero();
	}
}
