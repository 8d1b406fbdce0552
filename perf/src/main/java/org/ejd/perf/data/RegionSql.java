package org.ejd.perf.data;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The generator's SQL: set-based statements ({@code generate_series}, {@code INSERT … SELECT}) that PostgreSQL runs
 * inside each service's database, so no row crosses the wire. Every id is {@code md5('ejd-region/<kind>/<n>')} read as
 * a UUID: random-looking like the services' {@code UUID.randomUUID()} (so the primary-key indexes grow as they do in
 * production), yet the same in both databases without either reading the other. Lessons and marks are computed by the
 * same SELECT in both databases and mapped to each one's columns as the journal writes them and as the diary's event
 * handlers project them.
 */
final class RegionSql {

	private RegionSql() {
	}

	/** Session helpers in {@code pg_temp}: gone with the connection, nothing is left in the service's schema. */
	static final List<String> SESSION = List.of("""
			create function pg_temp.rid(kind text, n bigint) returns uuid language sql immutable
			  as $$ select md5('ejd-region/' || kind || '/' || n)::uuid $$""", """
			create function pg_temp.tid(kind text, n bigint, made timestamptz) returns uuid language sql immutable as $$
			  select (lpad(to_hex((extract(epoch from made) * 1000)::bigint), 12, '0') || '7' || substr(h, 13, 3)
			    || substr('89ab', (('x' || substr(h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(h, 18, 15))::uuid
			  from (select md5('ejd-region/' || kind || '/' || n) as h) x $$""", """
			create function pg_temp.last_name(n bigint) returns text language sql immutable as $$
			  select (array['Иванов','Смирнов','Кузнецов','Попов','Васильев','Петров','Соколов','Михайлов','Новиков','Фёдоров',
			    'Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров','Павлов','Козлов','Степанов','Николаев'])[1 + ((n / 2) % 20)::int]
			    || case when n % 2 = 1 then 'а' else '' end $$""", """
			create function pg_temp.first_name(n bigint) returns text language sql immutable as $$
			  select case when n % 2 = 1
			    then (array['Мария','Анна','София','Виктория','Анастасия','Полина','Алиса','Елизавета','Дарья','Ксения'])[1 + ((n / 40) % 10)::int]
			    else (array['Александр','Михаил','Артём','Максим','Иван','Дмитрий','Лев','Марк','Матвей','Тимофей'])[1 + ((n / 40) % 10)::int]
			  end $$""", """
			create function pg_temp.middle_name(n bigint) returns text language sql immutable as $$
			  select (array['Александров','Сергеев','Андреев','Дмитриев','Алексеев','Игорев','Владимиров','Олегов'])[1 + ((n / 400) % 8)::int]
			    || case when n % 2 = 1 then 'на' else 'ич' end $$""", """
			create function pg_temp.subject_name(k int) returns text language sql immutable as $$
			  select (array['Русский язык','Литература','Математика','История','Обществознание','География','Биология','Физика',
			    'Английский язык','Физическая культура'])[1 + k] $$""", """
			create function pg_temp.teacher_name(t bigint) returns text language sql immutable as $$
			  select pg_temp.last_name(t * 3 + 1) || ' ' || pg_temp.first_name(t * 3 + 1) $$""", """
			create temp table region_day (d int primary key, day date not null, held boolean not null)""");

	/** The lessons of school days {@code [from, to)} for every class group: columns the lesson and mark statements use. */
	private static final String LESSONS = """
			select d.d, d.day, d.held, g, p, g / 40 as s, x.k, (g / 40) * 40 + x.k * 4 + (g % 40) % 4 as t, d.d * 6 + p - 1 as n,
			  pg_temp.rid('lesson', (g * ${DAYS} + d.d) * 6 + p - 1) as lesson_id,
			  (d.day + time '08:00' + p * interval '55 minutes') at time zone ${ZONE} as held_at
			from region_day d cross join generate_series(0::bigint, ${G} - 1) g cross join generate_series(1, 6) p
			  cross join lateral (select ((extract(isodow from d.day)::int * 6 + p + g) % 10)::int as k) x
			where d.d >= ${FROM} and d.d < ${TO}""";

	/**
	 * The marks given at the held lessons of school days {@code [from, to)}: student {@code j} of a class at its held
	 * lesson {@code n} when {@link RegionSize#marked} says so; one in 97 was corrected once.
	 */
	private static final String MARKS = """
			select pg_temp.tid('mark', i * 4096 + n, held_at) as mark_id, i, pg_temp.rid('student', i) as student_id,
			  pg_temp.rid('school', s) as school_id, pg_temp.rid('class', g) as class_id, pg_temp.rid('subject', s * 10 + k) as subject_id,
			  k, pg_temp.rid('teacher', t) as teacher_id, points, case points when 5 then 4 else points + 1 end as new_points,
			  (i + n) % ${CORRECTED_ONE_IN} = 0 as corrected, work_type, case work_type when 'TEST' then 2 else 1 end as weight,
			  day as work_date, held_at as entered_at
			from (
			  select l.*, l.g * 25 + j as i,
			    (array[5,4,4,3,5,4,2,3,5,4])[1 + ((l.n * 31 + (l.g * 25 + j) * 17) % 10)::int] as points,
			    (array['ORAL','WRITTEN','HOMEWORK','ORAL','TEST'])[1 + ((50 * ((l.n + 7 * j) % ${P}) / ${P}) % 5)::int] as work_type
			  from (""" + LESSONS + """
			  ) l cross join lateral generate_series(0::bigint, least(24, ${N} - 1 - l.g * 25)) j
			  where l.held and (50 * ((l.n + 7 * j) % ${P})) % ${P} < 50
			) m""";

	// ---- journal-service: its tables as its repositories write them ----

	static final String JOURNAL_EXISTS = "select count(*) from known_school where id = pg_temp.rid('school', 0)";

	static final List<String> JOURNAL_DIRECTORY = List.of("""
			insert into known_school (id, name, version, region_code, time_zone)
			select pg_temp.rid('school', s), 'Школа № ' || (s + 1) || ' (регион)', 1, ${REGION}, ${ZONE}
			from generate_series(0::bigint, ${S} - 1) s""", """
			insert into known_staff (person_id, school_id, roles, last_name, first_name, version)
			select pg_temp.rid('teacher', t), pg_temp.rid('school', t / 40), '{teacher}', pg_temp.last_name(t * 3 + 1),
			  pg_temp.first_name(t * 3 + 1), 1
			from generate_series(0::bigint, ${S} * 40 - 1) t""", """
			insert into known_student (id, school_id, last_name, first_name, version)
			select pg_temp.rid('student', i), pg_temp.rid('school', i / 1000), pg_temp.last_name(i), pg_temp.first_name(i), 1
			from generate_series(0::bigint, ${N} - 1) i""", """
			insert into subject (id, school_id, name)
			select pg_temp.rid('subject', s * 10 + k), pg_temp.rid('school', s), pg_temp.subject_name(k)
			from generate_series(0::bigint, ${S} - 1) s cross join generate_series(0, 9) k""", """
			insert into class_group (id, school_id, name, kind, academic_year, parent_id, class_teacher_id)
			select pg_temp.rid('class', g), pg_temp.rid('school', g / 40), (1 + (g % 40) / 4) || substr('АБВГ', 1 + ((g % 40) % 4)::int, 1),
			  'CLASS', ${YEAR}, null, pg_temp.rid('teacher', g)
			from generate_series(0::bigint, ${G} - 1) g""", """
			insert into enrolment (id, class_group_id, student_id, enrolled_from, enrolled_to)
			select pg_temp.rid('enrolment', i), pg_temp.rid('class', i / 25), pg_temp.rid('student', i), ${FIRST}, null
			from generate_series(0::bigint, ${N} - 1) i""", """
			insert into teaching_assignment (id, teacher_id, subject_id, class_group_id, valid_from, valid_to)
			select pg_temp.rid('assignment', g * 10 + k), pg_temp.rid('teacher', (g / 40) * 40 + k * 4 + (g % 40) % 4),
			  pg_temp.rid('subject', (g / 40) * 10 + k), pg_temp.rid('class', g), ${FIRST}, null
			from generate_series(0::bigint, ${G} - 1) g cross join generate_series(0, 9) k""", """
			insert into timetable_slot (id, school_id, class_group_id, subject_id, teacher_id, weekday, period_no, valid_from, valid_to)
			select pg_temp.rid('slot', g * 30 + (wd - 1) * 6 + p - 1), pg_temp.rid('school', g / 40), pg_temp.rid('class', g),
			  pg_temp.rid('subject', (g / 40) * 10 + x.k), pg_temp.rid('teacher', (g / 40) * 40 + x.k * 4 + (g % 40) % 4), wd, p, ${FIRST}, null
			from generate_series(0::bigint, ${G} - 1) g cross join generate_series(1, 5) wd cross join generate_series(1, 6) p
			  cross join lateral (select ((wd * 6 + p + g) % 10)::int as k) x""", """
			insert into holiday (id, school_id, name, start_date, end_date)
			select pg_temp.rid('holiday', s * 3 + h.n), pg_temp.rid('school', s), h.name, h.start_date, h.end_date
			from generate_series(0::bigint, ${S} - 1) s cross join (values ${HOLIDAYS}) h (n, name, start_date, end_date)""", """
			insert into reporting_period (id, school_id, academic_year, name, kind, start_date, end_date, closed_at, closed_by)
			select pg_temp.rid('period', s * 4 + q.n), pg_temp.rid('school', s), ${YEAR}, q.name, 'QUARTER', q.start_date, q.end_date,
			  case when q.end_date + 2 < ${TODAY} then (q.end_date + 2 + time '16:00') at time zone ${ZONE} end,
			  case when q.end_date + 2 < ${TODAY} then pg_temp.rid('teacher', s * 40) end
			from generate_series(0::bigint, ${S} - 1) s cross join (values ${QUARTERS}) q (n, name, start_date, end_date)""");

	static final String JOURNAL_LESSONS = """
			insert into lesson (id, school_id, class_group_id, subject_id, teacher_id, lesson_date, period_no, lesson_type, topic,
			  homework, homework_due, topic_entered_at, topic_on_time, version)
			select lesson_id, pg_temp.rid('school', s), pg_temp.rid('class', g), pg_temp.rid('subject', s * 10 + k), pg_temp.rid('teacher', t),
			  day, p, 'REGULAR',
			  case when held then pg_temp.subject_name(k) || ': урок ' || (d / 2 + 1) end,
			  case when held then 'Упражнения ' || (n % 40 + 1) || '–' || (n % 40 + 4) || ', параграф ' || (d / 3 + 1) end,
			  case when held then day + case extract(isodow from day)::int when 5 then 3 else 1 end end,
			  case when held then held_at end, held, case when held then 2 else 1 end
			from (""" + LESSONS + """
			) l order by d, g, p""";

	/** A mark and, for a corrected one, its first history entry, in one statement (the marks computed once). */
	static final String JOURNAL_MARKS = "with m as materialized (" + MARKS + """
			), written as (
			  insert into mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points, work_type, weight,
			    work_date, entered_at, on_time, comment, version, deleted, counted)
			  select mark_id, school_id, student_id, class_id, subject_id, teacher_id,
			    (case when corrected then new_points else points end)::text, 'FIVE_POINT', case when corrected then new_points else points end,
			    work_type, weight, work_date, entered_at, true, null, case when corrected then 2 else 1 end, false, true
			  from m order by work_date, entered_at
			)
			insert into mark_history (mark_id, version, action, old_value, new_value, old_comment, new_comment, changed_by, changed_at,
			  reason, old_counted, new_counted)
			select mark_id, 2, 'CORRECTED', points::text, new_points::text, null, null, teacher_id, entered_at + interval '2 hours',
			  'Исправлена ошибка ввода', true, true
			from m where corrected""";

	static final List<String> JOURNAL_TABLES = List.of("known_school", "known_staff", "known_student", "subject", "class_group",
			"enrolment", "teaching_assignment", "timetable_slot", "holiday", "reporting_period", "lesson", "mark", "mark_history");

	// ---- diary-service: its projections as its event handlers write them ----

	static final String DIARY_EXISTS = "select count(*) from school where id = pg_temp.rid('school', 0)";

	/** When the school entered its year (registrations, enrolments, assignments, the timetable): before the first day. */
	private static final String PREPARED_AT = "((${FIRST}::date - 5) + time '10:00') at time zone ${ZONE}";

	/**
	 * The diary's schools, families, consents, enrolments, teachers, timetable and periods; and this week's forecasts as
	 * published, as the weekly job (D8) leaves a region on the evening its families read. Without them the diary's job,
	 * looking every five minutes, published a forecast for each of the region's students in the middle of whichever
	 * measured path it fell in (session 40: the region's 30-day marks at 1.64× its small-data figure).
	 */
	static final List<String> DIARY_DIRECTORY = List.of("""
			insert into school (id, time_zone, version, name)
			select pg_temp.rid('school', s), ${ZONE}, 1, 'Школа № ' || (s + 1) || ' (регион)'
			from generate_series(0::bigint, ${S} - 1) s""", """
			insert into student (id, school_id, last_name, first_name, middle_name, version, birth_date)
			select pg_temp.rid('student', i), pg_temp.rid('school', i / 1000), pg_temp.last_name(i), pg_temp.first_name(i),
			  pg_temp.middle_name(i), 1, make_date(${YEAR_START} - 7 - ((i / 25) % 40 / 4)::int, 1 + (i % 12)::int, 1 + (i % 28)::int)
			from generate_series(0::bigint, ${N} - 1) i""", """
			insert into representation (id, guardian_id, student_id, valid_from, valid_to, ended_on, active_from, active_to, version)
			select pg_temp.rid('representation', 2 * i + m), pg_temp.rid('guardian', 2 * i + m), pg_temp.rid('student', i),
			  ${FIRST}::date - 365, null, null, ${FIRST}::date - 365, null, 1
			from generate_series(0::bigint, ${N} - 1) i cross join generate_series(0, 1) m""", """
			insert into consent_state (person_id, status, processing_allowed, since, version, event_time)
			select person_id, status, status = 'given', since, 1, since
			from (
			  select pg_temp.rid('student', i) as person_id, case when i % 200 = 199 then 'refused' else 'given' end as status,
			    ((${FIRST}::date - 365) + time '12:00') at time zone ${ZONE} as since
			  from generate_series(0::bigint, ${N} - 1) i
			  union all
			  select pg_temp.rid('guardian', g), 'given', ((${FIRST}::date - 365) + time '12:00') at time zone ${ZONE}
			  from generate_series(0::bigint, 2 * ${N} - 1) g
			) c""", """
			insert into enrolment (id, student_id, class_group_id, class_group_name, school_id, valid_from, valid_to, event_time)
			select pg_temp.rid('enrolment', i), pg_temp.rid('student', i), pg_temp.rid('class', i / 25),
			  (1 + (i / 25 % 40) / 4) || substr('АБВГ', 1 + ((i / 25 % 40) % 4)::int, 1), pg_temp.rid('school', i / 1000), ${FIRST}, null,
			  """ + PREPARED_AT + """
			from generate_series(0::bigint, ${N} - 1) i""", """
			insert into class_teacher (assignment_id, class_group_id, subject_name, teacher_name, valid_from, valid_to, event_time)
			select pg_temp.rid('assignment', g * 10 + k), pg_temp.rid('class', g), pg_temp.subject_name(k),
			  pg_temp.teacher_name((g / 40) * 40 + k * 4 + (g % 40) % 4), ${FIRST}, null, """ + PREPARED_AT + """
			from generate_series(0::bigint, ${G} - 1) g cross join generate_series(0, 9) k""", """
			insert into bell_schedule (school_id, shift, effective_from, lessons, version, event_time)
			select pg_temp.rid('school', s), 1, ${FIRST}, '[{"number":1,"start":"08:30","end":"09:15"},{"number":2,"start":"09:25","end":"10:10"},
			  {"number":3,"start":"10:30","end":"11:15"},{"number":4,"start":"11:35","end":"12:20"},{"number":5,"start":"12:30","end":"13:15"},
			  {"number":6,"start":"13:25","end":"14:10"}]'::jsonb, 1, """ + PREPARED_AT + """
			from generate_series(0::bigint, ${S} - 1) s""", """
			insert into holiday (id, school_id, name, start_date, end_date, event_time)
			select pg_temp.rid('holiday', s * 3 + h.n), pg_temp.rid('school', s), h.name, h.start_date, h.end_date, """ + PREPARED_AT + """
			from generate_series(0::bigint, ${S} - 1) s cross join (values ${HOLIDAYS}) h (n, name, start_date, end_date)""", """
			insert into period (id, school_id, academic_year, name, kind, start_date, end_date, closed, version)
			select pg_temp.rid('period', s * 4 + q.n), pg_temp.rid('school', s), ${YEAR}, q.name, 'quarter', q.start_date, q.end_date,
			  q.end_date + 2 < ${TODAY}, case when q.end_date + 2 < ${TODAY} then 2 else 1 end
			from generate_series(0::bigint, ${S} - 1) s cross join (values ${QUARTERS}) q (n, name, start_date, end_date)""", """
			insert into forecast_week (school_id, week_of, published_at, students)
			select pg_temp.rid('school', s), date_trunc('week', ${TODAY}::date)::date, now(),
			  (select count(*) from student st where st.school_id = pg_temp.rid('school', s))
			from generate_series(0::bigint, ${S} - 1) s""");

	static final String DIARY_LESSONS = """
			insert into lesson (lesson_id, class_group_id, subject_name, lesson_date, period_no, lesson_type, topic, homework, homework_due,
			  version, substituted, school_id, subject_id, teacher_id, teacher_name, cancelled, event_time)
			select lesson_id, pg_temp.rid('class', g), pg_temp.subject_name(k), day, p, 'regular',
			  case when held then pg_temp.subject_name(k) || ': урок ' || (d / 2 + 1) end,
			  case when held then 'Упражнения ' || (n % 40 + 1) || '–' || (n % 40 + 4) || ', параграф ' || (d / 3 + 1) end,
			  case when held then day + case extract(isodow from day)::int when 5 then 3 else 1 end end,
			  case when held then 2 else 1 end, false, pg_temp.rid('school', s), pg_temp.rid('subject', s * 10 + k), pg_temp.rid('teacher', t),
			  pg_temp.teacher_name(t), false, case when held then held_at else """ + PREPARED_AT + """
			 end
			from (""" + LESSONS + """
			) l order by d, g, p""";

	/** The diary's mark as journal.mark.posted and then journal.mark.corrected left it, and the change the family sees. */
	static final String DIARY_MARKS = "with m as materialized (" + MARKS + """
			), shown as (
			  insert into diary_mark (mark_id, student_id, school_id, subject_id, subject_name, value, points, scale, work_type, weight,
			    work_date, entered_at, comment, version, deleted, counted)
			  select mark_id, student_id, school_id, subject_id, pg_temp.subject_name(k),
			    (case when corrected then new_points else points end)::text, case when corrected then new_points else points end,
			    'five-point', lower(work_type), weight, work_date, entered_at, null, case when corrected then 2 else 1 end, false, true
			  from m order by work_date, entered_at
			)
			insert into mark_change (mark_id, version, student_id, kind, old_value, new_value, changed_at, reason)
			select mark_id, 2, student_id, 'corrected', points::text, new_points::text, entered_at + interval '2 hours',
			  'Исправлена ошибка ввода'
			from m where corrected""";

	static final List<String> DIARY_TABLES = List.of("school", "student", "representation", "consent_state", "enrolment",
			"class_teacher", "bell_schedule", "holiday", "period", "lesson", "diary_mark", "mark_change");

	// ---- filling in the numbers ----

	/** The values every statement may use; dates and texts as SQL literals. */
	static Map<String, String> values(RegionSize size, String zone, @Nullable String region) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("N", Long.toString(size.students()));
		values.put("G", Long.toString(size.classes()));
		values.put("S", Long.toString(size.schools()));
		values.put("P", Integer.toString(Math.max(1, size.heldLessonsPerClass())));
		values.put("DAYS", Integer.toString(size.schoolDays().size()));
		values.put("CORRECTED_ONE_IN", Integer.toString(RegionSize.CORRECTED_ONE_IN));
		values.put("FIRST", date(size.firstDay()));
		values.put("TODAY", date(size.today()));
		values.put("YEAR", text(size.academicYear()));
		values.put("YEAR_START", Integer.toString(size.yearStart()));
		values.put("ZONE", text(zone));
		values.put("REGION", region == null ? "null" : text(region));
		values.put("HOLIDAYS", spans(size.holidays()));
		values.put("QUARTERS", spans(size.quarters()));
		return values;
	}

	static String fill(String template, Map<String, String> values) {
		String sql = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			sql = sql.replace("${" + value.getKey() + "}", value.getValue());
		}
		if (sql.contains("${")) {
			throw new IllegalStateException("unfilled value in " + sql);
		}
		return sql;
	}

	private static String spans(List<RegionSize.Span> spans) {
		StringBuilder out = new StringBuilder();
		for (int n = 0; n < spans.size(); n++) {
			RegionSize.Span span = spans.get(n);
			out.append(n == 0 ? "" : ", ").append('(').append(n).append(", ").append(text(span.name())).append(", ")
				.append(date(span.start())).append(", ").append(date(span.end())).append(')');
		}
		return out.toString();
	}

	private static String date(LocalDate date) {
		return "date '" + date + "'";
	}

	private static String text(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	static String days(List<LocalDate> days, LocalDate today) {
		return java.util.stream.IntStream.range(0, days.size())
			.mapToObj(d -> "(" + d + ", " + date(days.get(d)) + ", " + !days.get(d).isAfter(today) + ")")
			.collect(Collectors.joining(", ", "insert into region_day (d, day, held) values ", ""));
	}
}
