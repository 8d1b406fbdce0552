package org.ejd.journal.years;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.BinaryResponse;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchoolYearArchiveIT extends JournalIT {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventContracts contracts = new EventContracts();

	@Autowired
	JdbcClient jdbc;

	@Test
	void aClosedYearRefusesEveryChangeAndKeepsOneArchiveWithItsChecksum() throws Exception {
		School school = school();
		LocalDate end = today().minusDays(1);
		LocalDate start = end.minusDays(20);
		String year = academicYearOf(end);
		if (!academicYearOf(start).equals(year)) {
			start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
		}
		String path = "/api/journal/schools/" + school.id() + "/years/" + year.replace('/', '-');
		Response period = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year, "name", "2 четверть", "kind", "quarter", "startDate", start, "endDate", end));
		assertThat(period.status()).as(period.toString()).isEqualTo(201);
		String periodId = period.json().get("id").asString();
		Response mark = api().post("/api/journal/marks", school.teacherToken(), mark(school, end, null));
		assertThat(mark.status()).as(mark.toString()).isEqualTo(201);
		String markId = mark.json().get("id").asString();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", end, "periodNo", 2));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);

		Response periodsOpen = api().post(path + "/close", school.adminToken(), null);
		assertThat(periodsOpen.status()).as(periodsOpen.toString()).isEqualTo(409);
		assertThat(periodsOpen.json().get("detail").asString()).contains("не закрыто отчётных периодов: 1");
		assertThat(api().post("/api/journal/periods/" + periodId + "/close", school.adminToken(), null).status()).isEqualTo(200);

		assertThat(api().post(path + "/close", school.teacherToken(), null).status()).as("a teacher").isEqualTo(403);
		assertThat(api().post(path + "/close", regionOperator("52"), null).status()).as("another region's operator").isEqualTo(403);
		Response closed = api().post(path + "/close", regionOperator("51"), null);
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("firstDay").asString()).isEqualTo(start.toString());
		assertThat(closed.json().get("lastDay").asString()).isEqualTo(end.toString());
		String sha256 = closed.json().get("archiveSha256").asString();
		assertThat(sha256).hasSize(64);
		Response again = api().post(path + "/close", school.adminToken(), null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.isProblem()).isTrue();

		Response lateMark = api().post("/api/journal/marks", school.teacherToken(), mark(school, end, "Пропущена при вводе"));
		assertThat(lateMark.status()).as(lateMark.toString()).isEqualTo(409);
		assertThat(lateMark.isProblem()).isTrue();
		assertThat(lateMark.json().get("detail").asString()).startsWith("Учебный год закрыт и передан в архив");
		Response lateBatch = api().post("/api/journal/marks/batch", school.teacherToken(), Map.of("classGroupId",
				school.classGroupId(), "subjectId", school.subjectId(), "workType", "test", "workDate", end, "reason",
				"Пропущена при вводе", "marks", List.of(Map.of("studentId", school.studentId(), "value", "5"))));
		assertThat(lateBatch.status()).as("a class's batch, checked once for all its marks").isEqualTo(409);
		assertThat(lateBatch.json().get("detail").asString()).startsWith("Учебный год закрыт и передан в архив");
		Response grade = api().send("PUT", "/api/journal/grades", school.teacherToken(), Map.of("periodId", periodId,
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "studentId", school.studentId(), "kind", "period",
				"value", "5", "reason", "Исправление"), Map.of());
		assertThat(grade.status()).as(grade.toString()).isEqualTo(409);
		Response newPeriod = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year, "name", "Полугодие", "kind", "half-year", "startDate", start, "endDate", end));
		assertThat(newPeriod.status()).as(newPeriod.toString()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from mark where school_id = ?").param(school.id()).query(Integer.class).single())
			.as("nothing of the refused writes was kept").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from reporting_period where school_id = ?").param(school.id()).query(Integer.class).single())
			.isEqualTo(1);

		assertThat(api().getBytes(path + "/archive", school.teacherToken()).status()).as("a teacher").isEqualTo(403);
		BinaryResponse archive = api().getBytes(path + "/archive", school.adminToken());
		assertThat(archive.status()).isEqualTo(200);
		assertThat(archive.contentType()).startsWith("application/zip");
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive.body()))).isEqualTo(sha256);
		assertThat(archive.headers().get("repr-digest"))
			.isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
		Map<String, byte[]> files = unzip(archive.body());
		assertThat(files).containsKeys("manifest.json", "periods.json", "lessons.json", "marks.json", "attendance.json", "grades.json");
		JsonNode marks = json.readTree(files.get("marks.json"));
		assertThat(marks.size()).isEqualTo(1);
		assertThat(marks.get(0).get("id").asString()).isEqualTo(markId);
		assertThat(marks.get(0).get("value").asString()).isEqualTo("4");
		assertThat(new String(files.get("lessons.json"), StandardCharsets.UTF_8)).contains(lesson.json().get("id").asString());
		JsonNode manifest = json.readTree(files.get("manifest.json"));
		assertThat(manifest.get("academicYear").asString()).isEqualTo(year);
		assertThat(manifest.get("files").get("marks.json").get("rows").asInt()).isEqualTo(1);
		assertThat(manifest.get("files").get("marks.json").get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(files.get("marks.json"))));

		BinaryResponse reread = api().getBytes(path + "/archive", school.adminToken());
		assertThat(reread.body()).as("the archive is kept, not written again").isEqualTo(archive.body());
		Response list = api().get("/api/journal/schools/" + school.id() + "/years/closed", school.adminToken());
		assertThat(list.json().get(0).get("academicYear").asString()).isEqualTo(year.replace('/', '-'));
		assertThat(list.json().get(0).get("archiveSha256").asString()).isEqualTo(sha256);
		assertThat(api().getBytes("/api/journal/schools/" + school.id() + "/years/2019-2020/archive", school.adminToken()).status())
			.as("a year not closed has no archive").isEqualTo(404);
	}

	@Test
	void everythingDatedInAClosedYearRefusesChangeUntilItsRegionReopensItWithAReason() throws Exception {
		School school = school();
		LocalDate end = today().minusDays(1);
		LocalDate start = end.minusDays(20);
		String year = academicYearOf(end);
		if (!academicYearOf(start).equals(year)) {
			start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
		}
		String path = "/api/journal/schools/" + school.id() + "/years/" + year.replace('/', '-');
		String periodId = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year, "name", "2 четверть", "kind", "quarter", "startDate", start, "endDate", end)).json().get("id")
			.asString();
		Response achievement = api().post(achievementsOf(school), school.teacherToken(), commendation(end));
		assertThat(achievement.status()).as(achievement.toString()).isEqualTo(201);
		UUID note = UUID.randomUUID();
		jdbc.sql("""
				insert into absence_note (id, school_id, student_id, class_group_id, kind, from_date, to_date, reason, filed_by, filed_at,
				  status) values (?, ?, ?, ?, 'excuse', ?, ?, 'Болел', ?, now(), 'filed')""")
			.params(note, school.id(), school.studentId(), school.classGroupId(), end, end, UUID.randomUUID()).update();
		jdbc.sql("""
				insert into school_pass (id, school_id, student_id, direction, passed_at, day, device, device_pass_id, recorded_at)
				values (?, ?, ?, 'entry', now(), ?, 'turnstile-1', ?, now())""")
			.params(UUID.randomUUID(), school.id(), school.studentId(), end, UUID.randomUUID().toString()).update();
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", end, "periodNo", 7, "topic", "Тема урока", "homework", "Задачи 1–5",
				"homeworkDue", end));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		UUID submission = UUID.randomUUID();
		jdbc.sql("""
				insert into homework_submission (id, lesson_id, student_id, school_id, class_group_id, subject_id, state, text,
				  handed_in_at, changed_at, changed_by, version) values (?, ?, ?, ?, ?, ?, 'handed-in', 'Решение', now(), now(), ?, 1)""")
			.params(submission, UUID.fromString(lesson.json().get("id").asString()), school.studentId(), school.id(),
					school.classGroupId(), school.subjectId(), school.studentId())
			.update();
		assertThat(api().post("/api/journal/periods/" + periodId + "/close", school.adminToken(), null).status()).isEqualTo(200);
		assertThat(api().post(path + "/reopen", regionOperator("51"), Map.of("reason", "Ошибка")).status())
			.as("a year not closed").isEqualTo(409);
		Response closed = api().post(path + "/close", school.adminToken(), null);
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		String firstArchive = closed.json().get("archiveSha256").asString();

		Response lateAchievement = api().post(achievementsOf(school), school.teacherToken(), commendation(end));
		assertClosedYear(lateAchievement);
		assertClosedYear(api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/timetable", school.adminToken(),
				Map.of("validFrom", start, "entries", List.of(
						Map.of("weekday", 1, "periodNo", 1, "subjectId", school.subjectId(), "teacherId", school.teacherId()))),
				Map.of()));
		assertClosedYear(api().post("/api/journal/schools/" + school.id() + "/holidays", school.adminToken(),
				Map.of("name", "Каникулы задним числом", "startDate", end, "endDate", end)));
		assertClosedYear(api().post("/api/journal/school-events", school.adminToken(), Map.of("schoolIds", List.of(school.id()),
				"title", "Собрание задним числом", "startsOn", end)));
		assertThat(api().post("/api/journal/schools/" + school.id() + "/holidays", school.adminToken(),
				Map.of("name", "Каникулы после закрытого года", "startDate", today().plusDays(10), "endDate", today().plusDays(12)))
			.status()).as("a day after the closed year").isEqualTo(201);
		assertRefusedByTheDatabase("update absence_note set status = 'accepted' where id = '" + note + "'");
		assertRefusedByTheDatabase("update homework_submission set state = 'returned', return_comment = 'Переделать' where id = '"
				+ submission + "'");
		assertRefusedByTheDatabase("insert into homework_submission_file (submission_id, file_name, content_type, size_bytes, content) "
				+ "values ('" + submission + "', 'a.pdf', 'application/pdf', 4, '\\x25504446')");
		assertRefusedByTheDatabase("delete from school_pass where school_id = '" + school.id() + "'");
		assertRefusedByTheDatabase("insert into school_pass (id, school_id, student_id, direction, passed_at, day, device, "
				+ "device_pass_id, recorded_at) values (gen_random_uuid(), '" + school.id() + "', '" + school.studentId()
				+ "', 'exit', now(), '" + end + "', 'turnstile-1', 'late', now())");
		assertRefusedByTheDatabase("update enrolment set enrolled_to = '" + end.minusDays(1) + "' where class_group_id = '"
				+ school.classGroupId() + "'");
		assertThat(jdbc.sql("update enrolment set enrolled_to = ? where class_group_id = ? and student_id = ?")
			.params(end.plusDays(40), school.classGroupId(), school.studentId()).update())
			.as("ending an enrolment after the closed year leaves the year as it was").isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from achievement where school_id = ?").param(school.id()).query(Integer.class).single())
			.isEqualTo(1);

		ListAppender<ILoggingEvent> audit = new ListAppender<>();
		audit.start();
		Logger auditLogger = (Logger) LoggerFactory.getLogger("ejd.audit");
		auditLogger.addAppender(audit);
		try {
			assertThat(api().getBytes(path + "/archive", school.adminToken()).status()).isEqualTo(200);
		}
		finally {
			auditLogger.detachAppender(audit);
		}
		assertThat(audit.list).extracting(ILoggingEvent::getFormattedMessage)
			.as("the archive's download is a read of each student's data of the year")
			.anySatisfy(line -> assertThat(line).contains("whose=" + school.studentId()).contains("what=journal-year-archive"));

		assertThat(api().post(path + "/reopen", school.adminToken(), Map.of("reason", "Ошибка")).status())
			.as("the school's own admin").isEqualTo(403);
		assertThat(api().post(path + "/reopen", regionOperator("52"), Map.of("reason", "Ошибка")).status())
			.as("another region's operator").isEqualTo(403);
		Response noReason = api().post(path + "/reopen", regionOperator("51"), Map.of("reason", " "));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("detail").asString()).startsWith("Укажите причину");
		Response reopened = api().post(path + "/reopen", regionOperator("51"),
				Map.of("reason", "Решение суда: исправить отметку ученика за 2 четверть"));
		assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
		assertThat(reopened.json().get("archiveSha256").asString()).isEqualTo(firstArchive);
		Response history = api().get(path.substring(0, path.lastIndexOf('/')) + "/reopened", school.adminToken());
		assertThat(history.json().get(0).get("reason").asString()).startsWith("Решение суда");
		assertThat(history.json().get(0).get("archiveSha256").asString()).as("the old archive kept on record").isEqualTo(firstArchive);
		assertThat(api().getBytes(path + "/archive", school.adminToken()).status()).as("no longer closed").isEqualTo(404);

		assertThat(api().post(achievementsOf(school), school.teacherToken(), commendation(end)).status()).isEqualTo(201);
		assertThat(jdbc.sql("update absence_note set status = 'accepted' where id = ?").param(note).update()).isEqualTo(1);
		Response closedAgain = api().post(path + "/close", school.adminToken(), null);
		assertThat(closedAgain.status()).as(closedAgain.toString()).isEqualTo(200);
		assertThat(closedAgain.json().get("archiveSha256").asString()).as("a new archive").isNotEqualTo(firstArchive);
	}

	@Test
	void closingAndReopeningAYearAreToldToTheDiaryThroughTheOutbox() {
		School school = school();
		LocalDate end = today().minusDays(1);
		LocalDate start = end.minusDays(20);
		String year = academicYearOf(end);
		if (!academicYearOf(start).equals(year)) {
			start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
		}
		String path = "/api/journal/schools/" + school.id() + "/years/" + year.replace('/', '-');
		String periodId = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year, "name", "2 четверть", "kind", "quarter", "startDate", start, "endDate", end)).json().get("id")
			.asString();
		assertThat(api().post("/api/journal/periods/" + periodId + "/close", school.adminToken(), null).status()).isEqualTo(200);
		Response closed = api().post(path + "/close", school.adminToken(), null);
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

		JsonNode closing = yearEvent(school, "journal.school-year.closed", 1);
		assertThat(closing.get("data").get("academicYear").asString()).isEqualTo(year);
		assertThat(closing.get("data").get("firstDay").asString()).isEqualTo(start.toString());
		assertThat(closing.get("data").get("lastDay").asString()).isEqualTo(end.toString());
		assertThat(Instant.parse(closing.get("data").get("closedAt").asString()))
			.isEqualTo(Instant.parse(closed.json().get("closedAt").asString()));

		Response reopened = api().post(path + "/reopen", regionOperator("51"), Map.of("reason", "Исправить итоговую отметку"));
		assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
		JsonNode reopening = yearEvent(school, "journal.school-year.reopened", 2);
		assertThat(Instant.parse(reopening.get("data").get("reopenedAt").asString()))
			.isEqualTo(Instant.parse(reopened.json().get("reopenedAt").asString()));
		assertThat(reopening.get("data").get("closedAt").asString()).isEqualTo(closing.get("data").get("closedAt").asString());
		assertThat(reopening.toString()).as("the reason's text stays in the journal").doesNotContain("Исправить");

		assertThat(api().post(path + "/close", school.adminToken(), null).status()).isEqualTo(200);
		assertThat(yearEvent(school, "journal.school-year.closed", 3).get("data").get("academicYear").asString()).isEqualTo(year);
	}

	@Test
	void aClosedYearLocksItsRecommendationsAndItsOwnSettingsButNotTheSchoolsStandingOnes() {
		School school = school();
		LocalDate today = today();
		String year = academicYearOf(today);
		LocalDate start = today.minusDays(20);
		if (!academicYearOf(start).equals(year)) {
			start = LocalDate.of(Integer.parseInt(year.substring(0, 4)), 8, 1);
		}
		LocalDate end = academicYearOf(today.plusDays(3)).equals(year) ? today.plusDays(3) : today;
		String path = "/api/journal/schools/" + school.id() + "/years/" + year.replace('/', '-');
		String group = api().post("/api/journal/schools/" + school.id() + "/class-groups", school.adminToken(),
				Map.of("name", "5Б", "academicYear", year)).json().get("id").asString();
		assertThat(api().send("PUT", "/api/journal/class-groups/" + group + "/shift", school.adminToken(), Map.of("shift", 2), Map.of())
			.status()).isEqualTo(200);
		Map<String, Object> plan = Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 170)));
		assertThat(api().send("PUT", "/api/journal/class-groups/" + group + "/curriculum", school.adminToken(), plan, Map.of())
			.status()).isEqualTo(200);
		String recommendations = "/api/journal/class-groups/" + school.classGroupId() + "/recommendations";
		Map<String, Object> advice = Map.of("studentId", school.studentId(), "subjectId", school.subjectId(), "text",
				"Повторить дроби");
		Response given = api().post(recommendations, school.teacherToken(), advice);
		assertThat(given.status()).as(given.toString()).isEqualTo(201);
		String periodId = api().post("/api/journal/schools/" + school.id() + "/periods", school.adminToken(), Map.of(
				"academicYear", year, "name", "2 четверть", "kind", "quarter", "startDate", start, "endDate", end)).json().get("id")
			.asString();
		assertThat(api().post("/api/journal/periods/" + periodId + "/close", school.adminToken(), null).status()).isEqualTo(200);
		assertThat(api().post(path + "/close", school.adminToken(), null).status()).isEqualTo(200);

		assertClosedYear(api().post(recommendations, school.teacherToken(), advice));
		assertRefusedByTheDatabase("update recommendation set text = 'Другой текст' where id = '" + given.json().get("id").asString()
				+ "'");
		assertClosedYear(api().send("PUT", "/api/journal/class-groups/" + group + "/shift", school.adminToken(), Map.of("shift", 1),
				Map.of()));
		assertClosedYear(api().send("PUT", "/api/journal/class-groups/" + group + "/curriculum", school.adminToken(),
				Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 102))), Map.of()));
		assertClosedYear(api().post("/api/journal/schools/" + school.id() + "/class-groups", school.adminToken(),
				Map.of("name", "5В", "academicYear", year)));
		assertRefusedByTheDatabase("update class_group set name = '5Г' where id = '" + group + "'");
		assertRefusedByTheDatabase("insert into bell_schedule (school_id, shift, effective_from, version, lessons, set_by, set_at) "
				+ "values ('" + school.id() + "', 1, '" + today + "', 99, '[]', gen_random_uuid(), now())");
		assertRefusedByTheDatabase("insert into averaging_policy (school_id, version, effective_from, oral, written, test, homework, "
				+ "distance, lab, other, set_by) values ('" + school.id() + "', 99, '" + today + "', 1, 1, 1, 1, 1, 1, 1, gen_random_uuid())");
		assertThat(jdbc.sql("select planned_hours from curriculum where class_group_id = ?::uuid").param(group).query(Integer.class)
			.single()).as("nothing of the refused writes was kept").isEqualTo(170);

		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/mark-scales", school.adminToken(),
				Map.of("fivePoint", true, "passFail", true, "notes", false), Map.of()).status())
			.as("the school's mark scales are not the year's").isEqualTo(200);
		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/deadline-policy", school.adminToken(),
				Map.of("currentMarkDays", 2, "writtenMarkDays", 5, "distanceMarkDays", 3, "topicDays", 1, "absenceDays", 1,
						"periodMarkDays", 3), Map.of()).status())
			.as("nor is its deadline policy").isEqualTo(200);

		assertThat(api().post(path + "/reopen", regionOperator("51"), Map.of("reason", "Ошибка в учебном плане")).status())
			.isEqualTo(200);
		assertThat(api().send("PUT", "/api/journal/class-groups/" + group + "/curriculum", school.adminToken(),
				Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 102))), Map.of()).status())
			.as("open again").isEqualTo(200);
		assertThat(api().post(recommendations, school.teacherToken(), advice).status()).isEqualTo(201);
	}

	/** The year event of the school with that version, checked against its schema. */
	private JsonNode yearEvent(School school, String type, long version) {
		var record = EventProbe.await("journal.periods.v1", r -> r.key().equals(school.id().toString()) && r.value().contains(type)
				&& json.readTree(r.value()).get("version").asLong() == version, Duration.ofSeconds(30));
		JsonNode event = json.readTree(record.value());
		contracts.validate("journal.periods.v1", event);
		assertThat(event.get("subject").asString()).isEqualTo(school.id().toString());
		return event;
	}

	private static void assertClosedYear(Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(409);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").asString()).startsWith("Учебный год закрыт и передан в архив");
	}

	private void assertRefusedByTheDatabase(String sql) {
		assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql)
			.isInstanceOfSatisfying(DataAccessException.class, e -> assertThat(e.getMostSpecificCause())
				.isInstanceOfSatisfying(SQLException.class, cause -> assertThat(cause.getSQLState()).isEqualTo("EJ409")));
	}

	private static String achievementsOf(School school) {
		return "/api/journal/students/" + school.studentId() + "/achievements";
	}

	private static Map<String, Object> commendation(LocalDate day) {
		return Map.of("kind", "commendation", "level", "school", "awardedOn", day.toString(), "issuer", "Директор школы", "title",
				"Благодарность за помощь в организации праздника");
	}

	private static Map<String, Object> mark(School school, LocalDate day, String reason) {
		Map<String, Object> mark = new HashMap<>();
		mark.put("studentId", school.studentId());
		mark.put("classGroupId", school.classGroupId());
		mark.put("subjectId", school.subjectId());
		mark.put("value", "4");
		mark.put("workType", "written");
		mark.put("workDate", day);
		if (reason != null) {
			mark.put("reason", reason);
		}
		return mark;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

	private static String regionOperator(String regionCode) {
		String username = "r-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, "User-pass-12", List.of("region-operator"), UUID.randomUUID().toString(),
				List.of(), List.of(regionCode));
		return RealServers.keycloak().passwordToken(username, "User-pass-12");
	}
}
