package org.ejd.journal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.AuthorizationMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class ReadAuditIT extends JournalIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSchoolAdminAndTheRegionOperatorListWhoReadAStudentsJournalDataPageByPageAsJsonAndAsDefusedCsv() {
		School school = school();
		UUID adminId = UUID.randomUUID();
		String admin = user(List.of("school-admin"), adminId, school.id());
		LocalDate end = today().minusDays(1);
		LocalDate start = end.minusDays(20);
		String year = academicYearOf(end);
		if (!academicYearOf(start).equals(year)) {
			start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
		}
		String periodId = api().post("/api/journal/schools/" + school.id() + "/periods", admin, Map.of("academicYear", year, "name",
				"2 четверть", "kind", "quarter", "startDate", start, "endDate", end)).json().get("id").asString();
		Response mark = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(), "classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "value", "4", "workType", "written", "workDate", end));
		assertThat(mark.status()).as(mark.toString()).isEqualTo(201);
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", end, "periodNo", 3));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		String attendance = "/api/journal/lessons/" + lesson.json().get("id").asString() + "/attendance";
		assertThat(api().send("PUT", attendance, school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "ill"))), Map.of()).status()).isEqualTo(200);

		// the teacher reads the class's marks, the lesson's attendance and the class list; the admin downloads the closed year
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/marks?subjectId=" + school.subjectId(),
				school.teacherToken()).status()).isEqualTo(200);
		assertThat(api().get(attendance, school.teacherToken()).status()).isEqualTo(200);
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/students", school.teacherToken()).status())
			.isEqualTo(200);
		assertThat(api().post("/api/journal/periods/" + periodId + "/close", admin, null).status()).isEqualTo(200);
		String closedYear = "/api/journal/schools/" + school.id() + "/years/" + year.replace('/', '-');
		assertThat(api().post(closedYear + "/close", admin, null).status()).isEqualTo(200);
		assertThat(api().getBytes(closedYear + "/archive", admin).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from read_audit where student_id = ?").param(school.notEnrolledStudentId())
			.query(Integer.class).single()).as("a student of the school who is not in the archive was not read").isZero();

		String reads = "/api/journal/schools/" + school.id() + "/reads?studentId=" + school.studentId();
		Response first = api().get(reads + "&limit=2", admin);
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		JsonNode page = first.json().get("items");
		assertThat(page.size()).isEqualTo(2);
		assertThat(page.get(0).get("reader").asString()).isEqualTo(school.teacherId().toString());
		assertThat(page.get(0).get("roles").asString()).contains("teacher");
		assertThat(page.get(0).get("clientId").asString()).as("the client the teacher read through").isEqualTo("ejd-cli");
		assertThat(page.get(0).get("what").asString()).isEqualTo("journal-marks");
		assertThat(page.get(1).get("what").asString()).isEqualTo("journal-attendance");
		assertThat(Instant.parse(page.get(0).get("readAt").asString())).isBefore(Instant.parse(page.get(1).get("readAt").asString())
			.plusMillis(1));
		Response second = api().get(reads + "&limit=2&cursor=" + first.json().get("nextCursor").asString(), admin);
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		assertThat(second.json().get("items")).extracting(item -> item.get("what").asString())
			.containsExactly("class-list", "journal-year-archive");
		assertThat(second.json().get("items").get(1).get("reader").asString()).as("the archive's download, by the admin")
			.isEqualTo(adminId.toString());
		assertThat(second.json().get("items").get(1).get("roles").asString()).contains("school-admin");
		assertThat(second.json().get("nextCursor").isNull()).as("the last page").isTrue();

		Response region = api().get(reads, AuthorizationMatrix.regionOperator("51"));
		assertThat(region.status()).as("the region operator of the school's region").isEqualTo(200);
		assertThat(region.json().get("items")).extracting(item -> item.get("what").asString())
			.containsExactly("journal-marks", "journal-attendance", "class-list", "journal-year-archive");

		assertThat(api().get(reads, AuthorizationMatrix.regionOperator("52")).status()).as("another region's operator").isEqualTo(403);
		assertThat(api().get(reads, user(List.of("school-admin"), UUID.randomUUID(), UUID.randomUUID())).status())
			.as("another school's admin").isEqualTo(404);
		Response teacher = api().get(reads, school.teacherToken());
		assertThat(teacher.status()).as("a teacher of the school").isEqualTo(403);
		assertThat(teacher.isProblem()).isTrue();
		assertThat(teacher.json().get("detail").asString()).isEqualTo("Это действие доступно только ответственному сотруднику своей школы.");
		assertThat(api().get("/api/journal/schools/" + school.id() + "/reads?studentId=" + UUID.randomUUID(), admin).status())
			.as("a student not of the school").isEqualTo(404);
		assertThat(api().get(reads + "&limit=500", admin).status()).as("the limit is capped").isEqualTo(400);
		Response badCursor = api().get(reads + "&cursor=not-a-cursor", admin);
		assertThat(badCursor.status()).isEqualTo(400);
		assertThat(badCursor.isProblem()).isTrue();

		// a reader's client named like a formula: the CSV defuses it
		jdbc.sql("insert into read_audit (read_at, reader, client_id, roles, student_id, what) values (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(Instant.now()), "=cmd|' /C calc'!A0", "@SUM(1+1)", "teacher", school.studentId(), "+journal-marks")
			.update();
		Response csv = api().send("GET", reads, admin, null, Map.of("Accept", "text/csv"));
		assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFF\"read_at\",\"reader\",\"client_id\",\"roles\",\"what\"\r\n")
			.contains("\"" + school.teacherId() + "\",\"ejd-cli\"", "\"journal-year-archive\"", "\"'=cmd|' /C calc'!A0\"",
					"\"'@SUM(1+1)\"", "\"'+journal-marks\"")
			.doesNotContain("\"=cmd", "\"@SUM", "\"+journal");
		Response csvPage = api().send("GET", reads + "&limit=2", admin, null, Map.of("Accept", "text/csv"));
		assertThat(csvPage.headers().get("link")).as("the next page's cursor").contains("rel=\"next\"", "cursor=");

		// append-only: the database keeps every row whatever is asked of it
		int kept = jdbc.sql("select count(*) from read_audit where student_id = ?").param(school.studentId()).query(Integer.class)
			.single();
		assertThat(jdbc.sql("update read_audit set what = 'nothing', reader = 'nobody' where student_id = ?").param(school.studentId())
			.update()).isZero();
		assertThat(jdbc.sql("delete from read_audit where student_id = ?").param(school.studentId()).update()).isZero();
		assertThat(jdbc.sql("select count(*) from read_audit where student_id = ? and what <> 'nothing'").param(school.studentId())
			.query(Integer.class).single()).isEqualTo(kept).isEqualTo(5);
	}
}
