package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class DiaryWeekIT extends DiaryIT {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theMotherSeesTheWholeWeekWithBellTimesTeachersSubstitutionCancellationMoveMarksAbsenceHomeworkAndCalendar() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		Response week = awaitWeek(s, mother, "?date=2026-12-09");

		JsonNode days = week.json().get("days");
		assertThat(week.json().get("monday").asString()).isEqualTo("2026-12-07");
		assertThat(days.size()).as("Monday to Friday: no lessons on Saturday").isEqualTo(5);
		assertThat(days.get(0).get("weekday").asString()).isEqualTo("понедельник");

		JsonNode maths = days.get(0).get("lessons").get(0);
		assertThat(maths.get("number").asInt()).isEqualTo(1);
		assertThat(maths.get("start").asString()).isEqualTo("08:30");
		assertThat(maths.get("end").asString()).isEqualTo("09:15");
		assertThat(maths.get("subject").asString()).isEqualTo("Математика");
		assertThat(maths.get("teacher").asString()).isEqualTo("Сидорова Ольга");
		assertThat(maths.get("topic").asString()).isEqualTo("Сложение дробей");
		assertThat(maths.get("homework").get("text").asString()).isEqualTo("№ 245");
		assertThat(maths.get("homework").get("due").asString()).isEqualTo("2026-12-09");
		assertThat(maths.get("homework").get("attachments").get(0).get("fileName").asString()).isEqualTo("Карточка.pdf");
		assertThat(maths.get("marks").get(0).get("value").asString()).isEqualTo("5");

		JsonNode russian = days.get(0).get("lessons").get(1);
		assertThat(russian.get("start").asString()).isEqualTo("09:25");
		assertThat(russian.get("substitution").get("teacher").asString()).isEqualTo("Кузнецов Андрей");
		assertThat(russian.get("attendance").get("status").asString()).isEqualTo("late");
		assertThat(russian.get("attendance").get("minutesLate").asInt()).isEqualTo(10);
		assertThat(russian.get("cancelled").isNull()).isTrue();

		assertThat(days.get(1).get("lessons").get(0).get("cancelled").get("reason").asString()).isEqualTo("Карантин");
		JsonNode moved = days.get(2).get("lessons").get(0).get("moved");
		assertThat(moved.get("fromDate").asString()).isEqualTo("2026-12-08");
		assertThat(moved.get("fromNumber").asInt()).isEqualTo(2);
		assertThat(days.get(2).get("homeworkDue").get(0).get("text").asString()).isEqualTo("№ 245");

		assertThat(days.get(3).get("lessons").get(0).get("start").asString()).as("the bells in force from Thursday")
			.isEqualTo("09:50");
		assertThat(days.get(3).get("events").get(0).get("title").asString()).isEqualTo("Городская олимпиада");
		assertThat(days.get(3).get("events").get(0).get("scope").asString()).isEqualTo("city");
		assertThat(days.get(4).get("holiday").asString()).isEqualTo("День Конституции");
	}

	@Test
	void aSecondShiftClassSeesTheSecondShiftsBellsAndEachLessonShowsItsRoom() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		JsonNode first = awaitWeek(s, mother, "?date=2026-12-07").json().get("days").get(0).get("lessons");
		assertThat(first.get(0).get("start").asString()).as("never set: the first shift").isEqualTo("08:30");
		assertThat(first.get(0).get("room").asString()).isEqualTo("214");
		assertThat(first.get(1).get("room").isNull()).as("no room named for it").isTrue();

		s.secondShiftBells(3);
		s.classShift(2, 1);
		Response second = Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-07", mother),
				r -> r.status() == 200 && r.body().contains("14:00"), Duration.ofSeconds(30));
		JsonNode days = second.json().get("days");
		assertThat(days.get(0).get("lessons").get(0).get("start").asString()).isEqualTo("14:00");
		assertThat(days.get(0).get("lessons").get(0).get("end").asString()).isEqualTo("14:45");
		assertThat(days.get(0).get("lessons").get(1).get("start").asString()).isEqualTo("14:55");
		assertThat(days.get(3).get("lessons").get(0).get("start").asString())
			.as("the first shift's new bells from Thursday do not ring for the second shift").isEqualTo("14:55");
		assertThat(second.body()).doesNotContain("08:30").doesNotContain("09:50");

		s.mathsMonday(3, "Спортзал");
		Response moved = Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-07", mother),
				r -> r.status() == 200 && r.body().contains("Спортзал"), Duration.ofSeconds(30));
		assertThat(moved.json().get("days").get(0).get("lessons").get(0).get("room").asString()).isEqualTo("Спортзал");

		s.classShift(1, 2);
		Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-07", mother),
				r -> r.status() == 200 && r.body().contains("08:30") && !r.body().contains("14:00"), Duration.ofSeconds(30));
	}

	@Test
	void anUnchangedWeekAnswers304ToItsETagAndANewMarkChangesIt() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		Response week = awaitWeek(s, mother, "?date=2026-12-07");
		String etag = week.headers().get("etag");
		assertThat(etag).isNotBlank();
		Response again = api().send("GET", "/api/diary/students/" + s.student + "/week?date=2026-12-07", mother, null,
				Map.of("If-None-Match", etag));
		assertThat(again.status()).isEqualTo(304);
		Response amongOthers = api().send("GET", "/api/diary/students/" + s.student + "/week?date=2026-12-07", mother, null,
				Map.of("If-None-Match", "\"0123\", W/" + etag));
		assertThat(amongOthers.status()).as("a client holding several versions names them all; a weak tag matches too").isEqualTo(304);

		UUID second = UUID.randomUUID();
		s.mark(second, "4", WeekScenario.MONDAY.plusDays(3));
		Response changed = Eventually.until(() -> api().send("GET", "/api/diary/students/" + s.student + "/week?date=2026-12-07",
				mother, null, Map.of("If-None-Match", etag)), r -> r.status() == 200, Duration.ofSeconds(30));
		assertThat(changed.headers().get("etag")).isNotEqualTo(etag);
		assertThat(changed.json().get("days").get(3).get("lessons").get(0).get("marks").get(0).get("value").asString()).isEqualTo("4");
	}

	@Test
	void everyoneButTheStudentAndTheirGuardianGets404AndABadDateIs400() {
		WeekScenario s = new WeekScenario().family(null).week();
		String path = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		awaitWeek(s, token("guardian", s.guardian, s.school), "?date=2026-12-07");
		assertThat(api().get(path, token("student", s.student, s.school)).status()).as("the student themselves").isEqualTo(200);

		WeekScenario other = new WeekScenario().family(null);
		Map<String, String> refused = Map.of(
				"a guardian of another child", token("guardian", other.guardian, s.school),
				"a sibling", token("student", s.sibling, s.school),
				"a teacher of the school", token("teacher", UUID.randomUUID(), s.school),
				"the admin of another school", token("school-admin", UUID.randomUUID(), other.school),
				"the admin of the school", token("school-admin", UUID.randomUUID(), s.school),
				"a portal client", RealServers.keycloak().portalToken());
		refused.forEach((who, token) -> {
			Response answer = api().get(path, token);
			assertThat(answer.status()).as(who).isEqualTo(404);
			assertThat(answer.isProblem()).as(who).isTrue();
		});
		assertThat(api().get("/api/diary/students/" + UUID.randomUUID() + "/week", token("guardian", s.guardian, s.school)).status())
			.as("an unknown student looks like a forbidden one").isEqualTo(404);
		Response badDate = api().get("/api/diary/students/" + s.student + "/week?date=2026-13-45", token("guardian", s.guardian, s.school));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.isProblem()).isTrue();
		assertThat(badDate.json().get("detail").asString()).isNotBlank();
		assertThat(api().get(path, null).status()).isEqualTo(401);
	}

	@Test
	void theDefaultWeekIsTheSchoolsOwnInKamchatkaAndKaliningradAcrossTheirMidnight() {
		WeekScenario kamchatka = new WeekScenario().family("Asia/Kamchatka");
		WeekScenario kaliningrad = new WeekScenario().family("Europe/Kaliningrad");
		String kamchatkaMother = token("guardian", kamchatka.guardian, kamchatka.school);
		String kaliningradMother = token("guardian", kaliningrad.guardian, kaliningrad.school);
		awaitWeek(kamchatka, kamchatkaMother, "");
		awaitWeek(kaliningrad, kaliningradMother, "");
		Eventually.until(() -> api().get("/api/diary/students/" + kaliningrad.student + "/week", kaliningradMother),
				r -> r.status() == 200, Duration.ofSeconds(30));

		CLOCK.setTo("2026-12-06T12:30:00Z"); // Sunday 15:30 in Moscow, Monday 7 December 00:30 in Kamchatka
		assertThat(api().get("/api/diary/students/" + kamchatka.student + "/week", kamchatkaMother).json().get("monday").asString())
			.as("already Monday in Kamchatka: the new week").isEqualTo("2026-12-07");
		CLOCK.setTo("2026-12-06T21:30:00Z"); // Sunday 23:30 in Kaliningrad, already Monday in Moscow
		assertThat(api().get("/api/diary/students/" + kaliningrad.student + "/week", kaliningradMother).json().get("monday").asString())
			.as("still Sunday in Kaliningrad: the week that ends today").isEqualTo("2026-11-30");
		CLOCK.setTo("2026-12-06T22:30:00Z"); // past midnight in Kaliningrad
		assertThat(api().get("/api/diary/students/" + kaliningrad.student + "/week", kaliningradMother).json().get("monday").asString())
			.isEqualTo("2026-12-07");
	}

	/**
	 * What a week costs PostgreSQL (issue 13): the check that also writes the read's audit row and reads the week's stamp,
	 * then the whole week in one statement, one snapshot without a transaction; a week kept under an unchanged stamp
	 * (ADR 0081) costs the check alone. It was ten round trips: the check, the isolation level asked and set, five
	 * statements in a REPEATABLE READ transaction, its COMMIT and the isolation level set back.
	 */
	@Test
	void aWeekViewIsTheCheckWithItsAuditRowAndStampThenTheWeekInOneStatementAndAKeptWeekTheCheckAlone() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		awaitWeek(s, mother, "?date=2026-12-09");
		jdbc.sql("update lesson set topic = 'Дроби' where lesson_id = ?").param(s.mathsMonday).update();

		RoundTrips.Recorded<Response> assembled = RoundTrips.during(
				() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-09", mother));
		assertThat(assembled.result().body()).contains("Дроби");
		String sent = String.join("\n", assembled.sent());
		assertThat(assembled.roundTrips()).as(sent).isEqualTo(2);
		assertThat(assembled.executions()).as(sent).isEqualTo(2);
		assertThat(assembled.parsed()).as("statements the driver had not yet prepared on that connection")
			.allSatisfy(sql -> assertThat(sql).containsAnyOf("insert into read_audit", "select 1 as part"));

		long audited = audited(s);
		RoundTrips.Recorded<Response> kept = RoundTrips.during(
				() -> api().get("/api/diary/students/" + s.student + "/week?date=2026-12-09", mother));
		assertThat(kept.result().status()).isEqualTo(200);
		assertThat(kept.result().body()).as("the same week").isEqualTo(assembled.result().body());
		assertThat(kept.result().headers().get("etag")).isEqualTo(assembled.result().headers().get("etag"));
		assertThat(kept.roundTrips()).as(String.join("\n", kept.sent())).isEqualTo(1);
		assertThat(audited(s)).as("a kept week's read is audited as any other").isEqualTo(audited + 1);
	}

	/**
	 * A kept week is never answered after a change to a table the week reads (ADR 0081): each change below is committed
	 * straight into the diary's tables, and the very next read shows it, without waiting.
	 */
	@Test
	void aKeptWeekIsNeverAnsweredAfterAChangeToAnyTableTheWeekReads() {
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String mother = token("guardian", s.guardian, s.school);
		String path = "/api/diary/students/" + s.student + "/week?date=2026-12-09";
		awaitWeek(s, mother, "?date=2026-12-09");
		Map<String, String> changes = new java.util.LinkedHashMap<>();
		changes.put("update diary_mark set comment = 'Отметка изменена' where mark_id = '" + s.mark + "'", "Отметка изменена");
		changes.put("update lesson set topic = 'Тема изменена' where lesson_id = '" + s.mathsMonday + "'", "Тема изменена");
		changes.put("update attendance set reason = 'Причина изменена' where student_id = '" + s.student + "'", "Причина изменена");
		changes.put("update bell_schedule set lessons = replace(lessons::text, '09:50', '09:51')::jsonb where school_id = '" + s.school + "'",
				"09:51");
		changes.put("update holiday set name = 'Праздник изменён' where school_id = '" + s.school + "'", "Праздник изменён");
		changes.put("update school_event set title = 'Событие изменено' where school_id = '" + s.school + "'", "Событие изменено");
		jdbc.sql("""
				insert into class_teacher (assignment_id, class_group_id, subject_name, teacher_name, valid_from, event_time)
				select gen_random_uuid(), class_group_id, subject_name, 'Учитель по назначению', date '2026-09-01', now()
				from lesson where lesson_id = ?""").param(s.mathsMonday).update();
		changes.put("update lesson set teacher_name = null where lesson_id = '" + s.mathsMonday + "'", "Учитель по назначению");
		changes.put("update class_teacher set teacher_name = 'Учитель сменился' where class_group_id = '" + s.classGroup + "'",
				"Учитель сменился");
		for (Map.Entry<String, String> change : changes.entrySet()) {
			assertThat(api().get(path, mother).status()).isEqualTo(200);
			jdbc.sql(change.getKey()).update();
			assertThat(api().get(path, mother).body()).as(change.getKey()).contains(change.getValue());
		}
		assertThat(api().get(path, mother).status()).isEqualTo(200);
		jdbc.sql("delete from diary_mark where mark_id = ?").param(s.mark).update();
		assertThat(api().get(path, mother).body()).as("the mark's row deleted").doesNotContain("Отметка изменена");
		jdbc.sql("update enrolment set valid_to = date '2026-09-01' where student_id = ?").param(s.student).update();
		assertThat(api().get(path, mother).body()).as("no longer enrolled: no lessons").doesNotContain("Тема изменена");
	}

	/** Every table the week's statement reads stamps its changes (ADR 0081): a table added to the week without it fails here. */
	@Test
	void everyTableTheWeekReadsStampsItsChanges() {
		String plan = jdbc.sql("explain (format json) " + org.ejd.diary.week.DiaryWeek.WEEK).param("student", UUID.randomUUID())
			.param("monday", WeekScenario.MONDAY).param("sunday", WeekScenario.MONDAY.plusDays(6)).query(String.class).single();
		java.util.Set<String> read = new java.util.TreeSet<>();
		java.util.regex.Matcher relation = java.util.regex.Pattern.compile("\"Relation Name\": \"(\\w+)\"").matcher(plan);
		while (relation.find()) {
			read.add(relation.group(1));
		}
		// a row trigger deferred to the commit for insert, update and delete, or (diary_mark, ADR 0103) one statement
		// trigger for each of the three
		java.util.List<String> stamped = jdbc.sql("""
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname = 'week_stamp' and t.tgdeferrable and t.tginitdeferred and t.tgtype & 28 = 28
				union
				select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
				where t.tgname in ('week_stamp_inserted', 'week_stamp_updated', 'week_stamp_deleted') and t.tgtype & 1 = 0
				group by c.relname having bit_or(t.tgtype::int & 28) = 28""")
			.query(String.class).list();
		assertThat(read).as("the week reads").contains("lesson", "diary_mark", "bell_schedule", "holiday");
		assertThat(stamped).as("tables whose inserts, updates and deletes bump a stamp").containsAll(read);
	}

	private long audited(WeekScenario s) {
		return jdbc.sql("select count(*) from read_audit where student_id = ?").param(s.student).query(Long.class).single();
	}

	private Response awaitWeek(WeekScenario s, String token, String query) {
		return Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week" + query, token),
				r -> r.status() == 200 && (query.isEmpty() || r.body().contains("День Конституции") && r.body().contains("\"value\":\"5\"")
						&& r.body().contains("09:50") && r.body().contains("Карантин") && r.body().contains("late")
						&& r.body().contains("Городская олимпиада") && r.body().contains("Олимпиада\"") && r.body().contains("Кузнецов")),
				Duration.ofSeconds(30));
	}

}
