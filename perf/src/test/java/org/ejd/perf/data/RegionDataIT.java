package org.ejd.perf.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator at a tiny scale (500 students) against the real PostgreSQL of testkit, in two databases whose schemas
 * journal-service's and diary-service's own Flyway migrations made (from their classpath locations, as the services
 * start them), beside a school that was there before, as the run's school is.
 */
class RegionDataIT {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	/** 500 students; {@code -Dejd.perf.region-scale=0.01} runs the same checks on a bigger region by hand (docs/perf.md). */
	private static final RegionSize SIZE = new RegionSize(Double.parseDouble(System.getProperty("ejd.perf.region-scale", "0.0005")),
			TODAY);

	private static String journal;

	private static String diary;

	private static RegionData.Generated generated;

	@BeforeAll
	static void generateTheRegionBesideTheRunsSchool() throws SQLException {
		PostgresServer postgres = RealServers.postgres();
		journal = postgres.jdbcUrl("region_journal");
		diary = postgres.jdbcUrl("region_diary");
		migrate(journal, "journal-service");
		migrate(diary, "diary-service");
		update(journal, "insert into known_school (id, name, version, region_code, time_zone) values "
				+ "('00000000-0000-4000-8000-000000000001', 'Школа прогона', 3, '66', 'Asia/Yekaterinburg')");
		update(diary, "insert into student (id, school_id, last_name, first_name, version) values "
				+ "('00000000-0000-4000-8000-000000000002', '00000000-0000-4000-8000-000000000001', 'Тестов', 'Ученик', 1)");
		generated = new RegionData(journal, diary, postgres.username(), postgres.password()).generate(SIZE, System.out::println);
		System.out.printf("region generated in %d ms%n%s", generated.took().toMillis(), generated.tableLines());
	}

	@Test
	void everyTableHoldsWhatTheScaleSays() throws SQLException {
		long n = SIZE.students();
		assertThat(count(journal, "select count(*) from known_student")).isEqualTo(n);
		assertThat(count(journal, "select count(*) from enrolment")).isEqualTo(n);
		assertThat(count(journal, "select count(*) from class_group")).isEqualTo(SIZE.classes());
		assertThat(count(journal, "select count(*) from teaching_assignment")).isEqualTo(SIZE.assignments());
		assertThat(count(journal, "select count(*) from known_staff")).isEqualTo(SIZE.teachers());
		assertThat(count(journal, "select count(*) from lesson")).isEqualTo(SIZE.lessons());
		assertThat(count(journal, "select count(*) from mark")).isEqualTo(SIZE.marks()).isEqualTo(n * 50);
		assertThat(count(journal, "select count(*) from mark_history")).isEqualTo(expectedCorrections()).isPositive();
		assertThat(count(diary, "select count(*) from student")).isEqualTo(n + 1);
		assertThat(count(diary, "select count(*) from representation")).isEqualTo(SIZE.guardians());
		assertThat(count(diary, "select count(*) from consent_state")).isEqualTo(n + SIZE.guardians());
		assertThat(count(diary, "select count(*) from enrolment")).isEqualTo(n);
		assertThat(count(diary, "select count(*) from lesson")).isEqualTo(SIZE.lessons());
		assertThat(count(diary, "select count(*) from diary_mark")).isEqualTo(SIZE.marks());
		assertThat(count(diary, "select count(*) from mark_change")).isEqualTo(expectedCorrections());
		assertThat(count(diary, "select count(*) from class_teacher")).isEqualTo(SIZE.assignments());
		assertThat(generated.tables()).anySatisfy(t -> {
			assertThat(t.table()).isEqualTo("mark");
			assertThat(t.rows()).isEqualTo(SIZE.marks());
			assertThat(t.bytes()).isPositive();
		});
	}

	@Test
	void everyMarkIsTheJournalsOwnRuleKept() throws SQLException {
		// enrolled in the class on the day, given by the class's teacher of the subject, at a lesson of it that day
		assertThat(count(journal, """
				select count(*) from mark m where not exists (select 1 from enrolment e where e.class_group_id = m.class_group_id
				  and e.student_id = m.student_id and e.enrolled_from <= m.work_date and (e.enrolled_to is null or e.enrolled_to >= m.work_date))
				or not exists (select 1 from teaching_assignment a where a.teacher_id = m.teacher_id and a.subject_id = m.subject_id
				  and a.class_group_id = m.class_group_id and a.valid_from <= m.work_date)
				or not exists (select 1 from lesson l where l.class_group_id = m.class_group_id and l.subject_id = m.subject_id
				  and l.lesson_date = m.work_date and l.topic is not null)
				or m.work_date > date '2026-11-30'""")).isZero();
		assertThat(count(journal, "select count(distinct student_id) from mark")).isEqualTo(SIZE.students());
		assertThat(count(journal, "select max(c) - min(c) from (select count(*) c from mark group by student_id) s")).isZero();
		assertThat(count(journal, "select count(*) from mark_history h join mark m on m.id = h.mark_id where m.version <> 2 "
				+ "or h.new_value <> m.value")).isZero();
		// ids as the journal makes them (ADR 0115): version 7, variant 10, the millisecond the mark was entered first
		assertThat(count(journal, """
				select count(*) from mark where substr(id::text, 15, 1) <> '7' or substr(id::text, 20, 1) not in ('8', '9', 'a', 'b')
				  or ('x' || lpad(replace(left(id::text, 13), '-', ''), 16, '0'))::bit(64)::bigint <> (extract(epoch from entered_at) * 1000)::bigint""")).isZero();
	}

	@Test
	void everyDiaryMarksStudentIsEnrolledOnTheDay() throws SQLException {
		assertThat(count(diary, """
				select count(*) from diary_mark m where not exists (select 1 from enrolment e where e.student_id = m.student_id
				  and e.valid_from <= m.work_date and (e.valid_to is null or e.valid_to >= m.work_date))""")).isZero();
	}

	@Test
	void aStudentsWeekInTheDiaryHasThirtyLessonsWithBellsTeachersAndHomework() throws SQLException {
		// the week view's own joins (DiaryWeek): lessons by enrolment on the day, bells by school, number and shift
		assertThat(count(diary, """
				select count(*) from lesson l
				join enrolment e on e.class_group_id = l.class_group_id and e.student_id = pg_temp_student()
				  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)
				join bell_schedule bs on bs.school_id = e.school_id and bs.effective_from <= l.lesson_date
				join lateral jsonb_array_elements(bs.lessons) b on (b ->> 'number')::int = l.period_no
				where l.lesson_date between date '2026-11-23' and date '2026-11-29'
				  and l.teacher_name is not null and l.topic is not null and l.homework_due > l.lesson_date"""
			.replace("pg_temp_student()", "(select student_id from enrolment order by id limit 1)"))).isEqualTo(30);
	}

	@Test
	void everyRepresentationJoinsAGuardianToAStudentBothServicesKnow() throws SQLException {
		Set<String> diaryStudents = ids(diary, "select id from student");
		Set<String> journalStudents = ids(journal, "select id from known_student");
		Set<String> represented = ids(diary, "select student_id from representation");
		Set<String> guardians = ids(diary, "select guardian_id from representation");

		assertThat(diaryStudents).containsAll(represented);
		assertThat(journalStudents).containsAll(represented).hasSize((int) SIZE.students());
		assertThat(guardians).hasSize((int) SIZE.guardians()).doesNotContainAnyElementsOf(diaryStudents);
		assertThat(ids(diary, "select person_id from consent_state")).containsAll(guardians).containsAll(represented);
		// active today, as platform Representations computes it for an open-ended start
		assertThat(count(diary, "select count(*) from representation r where not (r.active_from <= date '2026-11-30' "
				+ "and r.active_to is null and r.active_from = r.valid_from)")).isZero();
	}

	@Test
	void theTwoDatabasesAgreeOnEveryIdTheyShare() throws SQLException {
		assertThat(digest(diary, "select concat_ws('|', mark_id, student_id, subject_id, value, work_date, version) from diary_mark"))
			.isEqualTo(digest(journal, "select concat_ws('|', id, student_id, subject_id, value, work_date, version) from mark"));
		assertThat(digest(diary, "select concat_ws('|', lesson_id, class_group_id, lesson_date, period_no, version, topic) from lesson"))
			.isEqualTo(digest(journal, "select concat_ws('|', id, class_group_id, lesson_date, period_no, version, topic) from lesson"));
		assertThat(digest(diary, "select concat_ws('|', id, student_id, class_group_id, school_id) from enrolment"))
			.isEqualTo(digest(journal, "select concat_ws('|', e.id, e.student_id, e.class_group_id, g.school_id) from enrolment e "
					+ "join class_group g on g.id = e.class_group_id"));
		assertThat(digest(diary, "select concat_ws('|', id, school_id) from student where last_name <> 'Тестов'"))
			.isEqualTo(digest(journal, "select concat_ws('|', id, school_id) from known_student"));
	}

	@Test
	void thisWeeksForecastsCountAsPublishedForEverySchoolOfTheRegionWithItsStudents() throws SQLException {
		// TODAY is a Monday: the week of the forecasts
		assertThat(count(diary, "select count(*) from forecast_week where week_of = date '2026-11-30'")).isEqualTo(SIZE.schools());
		assertThat(count(diary, "select sum(students) from forecast_week")).isEqualTo(SIZE.students());
	}

	@Test
	void theRunsSchoolStaysAsItWasAndLendsTheRegionItsZone() throws SQLException {
		assertThat(count(journal, "select count(*) from known_school where name = 'Школа прогона' and version = 3")).isEqualTo(1);
		assertThat(count(journal, "select count(*) from known_school where time_zone = 'Asia/Yekaterinburg' and region_code = '66'"))
			.isEqualTo(SIZE.schools() + 1);
		assertThat(count(diary, "select count(*) from student where last_name = 'Тестов'")).isEqualTo(1);
	}

	@Test
	void aSecondRunIsRefusedBeforeItWritesAnything() throws SQLException {
		long marks = count(journal, "select count(*) from mark");

		assertThatThrownBy(() -> new RegionData(journal, diary, RealServers.postgres().username(), RealServers.postgres().password())
			.generate(SIZE, line -> { })).hasMessageContaining("already");
		assertThat(count(journal, "select count(*) from mark")).isEqualTo(marks);
	}

	@Test
	void vacuumLeavesEveryTableOfTheRegionVacuumedAndAnalysedInBothDatabases() throws SQLException {
		String before = text(journal, "select clock_timestamp()::text");

		new RegionData(journal, diary, RealServers.postgres().username(), RealServers.postgres().password()).vacuum();

		assertThat(count(journal, notVacuumedSince(before, RegionSql.JOURNAL_TABLES))).isZero();
		assertThat(count(diary, notVacuumedSince(before, RegionSql.DIARY_TABLES))).isZero();
	}

	/** How many of {@code tables} have no vacuum and analyse at or after {@code since}; a table the query misses counts too. */
	private static String notVacuumedSince(String since, List<String> tables) {
		return String.format("""
				select %d - count(*) from pg_stat_user_tables where schemaname = 'public' and relname in ('%s')
				  and last_vacuum >= timestamptz '%s' and last_analyze >= timestamptz '%s'""", tables.size(),
				String.join("', '", tables), since, since);
	}

	private static String text(String url, String sql) throws SQLException {
		try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static long expectedCorrections() {
		long corrections = 0;
		for (long g = 0; g < SIZE.classes(); g++) {
			for (int j = 0; j < SIZE.classSize(g); j++) {
				for (int n = 0; n < SIZE.heldLessonsPerClass(); n++) {
					if (SIZE.marked(n, j) && RegionSize.corrected(g * RegionSize.CLASS_SIZE + j, n)) {
						corrections++;
					}
				}
			}
		}
		return corrections;
	}

	private static void migrate(String url, String service) {
		Flyway.configure().dataSource(url, RealServers.postgres().username(), RealServers.postgres().password())
			.locations("classpath:db/platform", "classpath:db/" + service).load().migrate();
	}

	private static void update(String url, String sql) throws SQLException {
		try (Connection c = connect(url); Statement s = c.createStatement()) {
			s.executeUpdate(sql);
		}
	}

	private static long count(String url, String sql) throws SQLException {
		try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Set<String> ids(String url, String sql) throws SQLException {
		Set<String> ids = new HashSet<>();
		try (Connection c = connect(url); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getString(1));
			}
		}
		return ids;
	}

	private static String digest(String url, String rowsSql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection c = connect(url); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select count(*) || ':' || md5(string_agg(r, ',' order by r)) from (" + rowsSql + ") x (r)")) {
			rs.next();
			rows.add(rs.getString(1));
		}
		return rows.getFirst();
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, RealServers.postgres().username(), RealServers.postgres().password());
	}
}
