package org.ejd.journal.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
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
		assertThat(csv.body()).contains("Педагог;Класс/группа").contains("Сидорова Ольга;5А;Математика;2;1;1;1;0;1;0;1");
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
}
