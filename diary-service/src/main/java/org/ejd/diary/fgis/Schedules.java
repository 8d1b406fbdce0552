package org.ejd.diary.fgis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.diary.family.Family;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the Schedule tree (school → class → lessons) of a pupil or a teacher from the diary's own tables only: lessons
 * with the bells of their class's shift, substitutions, rooms, the pupil's attendance and marks. Marks of a day go to that
 * day's first lesson of their subject, as in the week view (the journal's marks name no lesson). Canonical field names;
 * {@link ScheduleWriter} renames them as configured.
 */
@Repository
class Schedules {

	/** The bell of a lesson: the newest bells of its school and its class's shift in force on the day (shift 1 if unset). */
	private static final String BELL = """
			left join class_shift cs on cs.class_group_id = l.class_group_id
			left join lateral (
			  select b ->> 'start' as starts_at, b ->> 'end' as ends_at
			  from (select distinct on (bs.shift) bs.shift, bs.lessons from bell_schedule bs
			        where bs.school_id = {SCHOOL} and bs.effective_from <= l.lesson_date and bs.shift = coalesce(cs.shift, 1)
			        order by bs.shift, bs.effective_from desc) current_bells,
			       jsonb_array_elements(current_bells.lessons) b
			  where (b ->> 'number')::int = l.period_no
			  limit 1) bell on true
			""";

	private static final String TEACHER_NAME = """
			coalesce(l.teacher_name, (select min(t.teacher_name) from class_teacher t where t.class_group_id = l.class_group_id
			  and t.subject_name = l.subject_name and t.valid_from <= l.lesson_date
			  and (t.valid_to is null or t.valid_to >= l.lesson_date)))""";

	private final JdbcClient jdbc;

	private final Family family;

	private final SchoolTime time;

	Schedules(JdbcClient jdbc, Family family, SchoolTime time) {
		this.jdbc = jdbc;
		this.family = family;
		this.time = time;
	}

	/** Who the person is to the diary: a pupil, a teacher of some lesson, or nobody it knows. */
	sealed interface Holder {

		UUID personId();

		ZoneId zone();

		record Pupil(UUID personId, ZoneId zone) implements Holder {
		}

		record Teacher(UUID personId, ZoneId zone) implements Holder {
		}
	}

	@Transactional(readOnly = true)
	Optional<Holder> holder(UUID personId) {
		if (!family.student(personId).isEmpty()) {
			return Optional.of(new Holder.Pupil(personId, family.zoneOfStudent(personId).orElseGet(time::defaultZone)));
		}
		return jdbc.sql("""
				select l.school_id from lesson l where l.teacher_id = :person or l.substitute_id = :person
				order by l.lesson_date desc limit 1""")
			.param("person", personId).query((rs, n) -> Optional.ofNullable(rs.getObject("school_id", UUID.class))).optional()
			.<Holder>map(school -> new Holder.Teacher(personId, school.flatMap(family::zoneOf).orElseGet(time::defaultZone)));
	}

	@Transactional(readOnly = true)
	List<Map<String, Object>> schools(Holder holder, ScheduleSpan span, FgisProperties properties) {
		List<LessonRow> lessons = switch (holder) {
			case Holder.Pupil pupil -> jdbc.sql("""
					select l.lesson_id, l.lesson_date, l.period_no, l.subject_name, l.topic, l.homework, l.room, l.cancelled,
					  l.substituted, l.substitute_name, {TEACHER_NAME} as teacher_name, l.class_group_id, e.class_group_name,
					  e.school_id, sc.name as school_name, sc.time_zone, a.status, bell.starts_at, bell.ends_at
					from lesson l
					join enrolment e on e.class_group_id = l.class_group_id and e.student_id = :person
					  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)
					left join school sc on sc.id = e.school_id
					left join attendance a on a.lesson_id = l.lesson_id and a.student_id = :person
					{BELL}
					where l.lesson_date between :start and :end
					order by sc.name, e.class_group_name, l.lesson_date, l.period_no, l.subject_name"""
				.replace("{TEACHER_NAME}", TEACHER_NAME).replace("{BELL}", BELL.replace("{SCHOOL}", "e.school_id")))
				.param("person", pupil.personId()).param("start", span.start()).param("end", span.end())
				.query(Schedules::lesson).list();
			// a teacher's lessons: those they teach themselves and those they substitute in
			case Holder.Teacher teacher -> jdbc.sql("""
					select l.lesson_id, l.lesson_date, l.period_no, l.subject_name, l.topic, l.homework, l.room, l.cancelled,
					  l.substituted, l.substitute_name, {TEACHER_NAME} as teacher_name, l.class_group_id,
					  (select min(e.class_group_name) from enrolment e where e.class_group_id = l.class_group_id) as class_group_name,
					  l.school_id, sc.name as school_name, sc.time_zone, null as status, bell.starts_at, bell.ends_at
					from lesson l
					left join school sc on sc.id = l.school_id
					{BELL}
					where l.lesson_date between :start and :end
					  and (l.substitute_id = :person or (l.teacher_id = :person and not l.substituted))
					order by sc.name, class_group_name, l.lesson_date, l.period_no, l.subject_name"""
				.replace("{TEACHER_NAME}", TEACHER_NAME).replace("{BELL}", BELL.replace("{SCHOOL}", "l.school_id")))
				.param("person", teacher.personId()).param("start", span.start()).param("end", span.end())
				.query(Schedules::lesson).list();
		};
		Map<String, List<Map<String, Object>>> scoresBySubjectDay = holder instanceof Holder.Pupil
				? scores(holder.personId(), span, properties) : Map.of();
		Set<String> placed = new HashSet<>();
		Map<String, Map<String, Object>> schools = new LinkedHashMap<>();
		Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
		for (LessonRow l : lessons) {
			ZoneId zone = SchoolTime.parseZone(l.timeZone()).orElse(holder.zone());
			String schoolKey = String.valueOf(l.schoolId());
			Map<String, Object> school = schools.computeIfAbsent(schoolKey, k -> {
				Map<String, Object> s = new LinkedHashMap<>();
				s.put("id", l.schoolId() == null ? null : l.schoolId().toString());
				s.put("name", l.schoolName());
				s.put("timeZone", zone.getId());
				s.put("utcOffset", zone.getRules().getOffset(span.start().atStartOfDay(zone).toInstant()).getId());
				s.put("classes", new ArrayList<Map<String, Object>>());
				return s;
			});
			Map<String, Object> group = classes.computeIfAbsent(schoolKey + "/" + l.classGroupId(), k -> {
				Map<String, Object> c = new LinkedHashMap<>();
				c.put("id", l.classGroupId().toString());
				c.put("name", l.classGroupName());
				c.put("lessons", new ArrayList<Map<String, Object>>());
				children(school, "classes").add(c);
				return c;
			});
			String key = l.lessonDate() + "/" + l.subjectName();
			List<Map<String, Object>> scores = placed.add(key) ? scoresBySubjectDay.getOrDefault(key, List.of()) : List.of();
			children(group, "lessons").add(l.view(zone, scores, properties));
		}
		return List.copyOf(schools.values());
	}

	private Map<String, List<Map<String, Object>>> scores(UUID studentId, ScheduleSpan span, FgisProperties properties) {
		Map<String, List<Map<String, Object>>> bySubjectDay = new LinkedHashMap<>();
		jdbc.sql("""
				select mark_id, subject_name, value, scale, work_type, weight, work_date, comment from diary_mark
				where student_id = ? and work_date between ? and ? and not deleted
				order by work_date, subject_name, entered_at, mark_id""")
			.params(studentId, span.start(), span.end()).query((rs, n) -> {
				Map<String, Object> score = new LinkedHashMap<>();
				score.put("id", rs.getObject("mark_id", UUID.class).toString());
				score.put("value", rs.getString("value"));
				BigDecimal weight = rs.getBigDecimal("weight");
				score.put("weight", weight == null ? null : weight.stripTrailingZeros());
				String scale = rs.getString("scale");
				score.put("scoreSystem", properties.scoreSystems().getOrDefault(scale, scale));
				score.put("workType", rs.getString("work_type"));
				score.put("comment", rs.getString("comment"));
				bySubjectDay.computeIfAbsent(rs.getObject("work_date", LocalDate.class) + "/" + rs.getString("subject_name"),
						k -> new ArrayList<>()).add(score);
				return score;
			}).list();
		return bySubjectDay;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> children(Map<String, Object> parent, String name) {
		return (List<Map<String, Object>>) parent.get(name);
	}

	private static LessonRow lesson(ResultSet rs, int row) throws SQLException {
		return new LessonRow(rs.getObject("lesson_id", UUID.class), rs.getObject("lesson_date", LocalDate.class),
				rs.getInt("period_no"), rs.getString("subject_name"), rs.getString("topic"), rs.getString("homework"),
				rs.getString("room"), rs.getBoolean("cancelled"), rs.getBoolean("substituted"), rs.getString("substitute_name"),
				rs.getString("teacher_name"), rs.getObject("class_group_id", UUID.class), rs.getString("class_group_name"),
				rs.getObject("school_id", UUID.class), rs.getString("school_name"), rs.getString("time_zone"),
				rs.getString("status"), rs.getString("starts_at"), rs.getString("ends_at"));
	}

	record LessonRow(UUID lessonId, LocalDate lessonDate, int periodNo, String subjectName, @Nullable String topic,
			@Nullable String homework, @Nullable String room, boolean cancelled, boolean substituted,
			@Nullable String substituteName, @Nullable String teacherName, UUID classGroupId, @Nullable String classGroupName,
			@Nullable UUID schoolId, @Nullable String schoolName, @Nullable String timeZone, @Nullable String status,
			@Nullable String startsAt, @Nullable String endsAt) {

		/** A substitute teaches the lesson {@code insteadOf} the assigned teacher; otherwise insteadOf is null. */
		Map<String, Object> view(ZoneId zone, List<Map<String, Object>> scores, FgisProperties properties) {
			Map<String, Object> lesson = new LinkedHashMap<>();
			lesson.put("id", lessonId.toString());
			lesson.put("date", lessonDate.toString());
			lesson.put("period", periodNo);
			lesson.put("start", at(startsAt, zone));
			lesson.put("end", at(endsAt, zone));
			lesson.put("subject", subjectName);
			lesson.put("teacher", substituted && substituteName != null ? substituteName : teacherName);
			lesson.put("insteadOf", substituted ? teacherName : null);
			lesson.put("topic", topic);
			lesson.put("homework", homework);
			lesson.put("classroom", room);
			lesson.put("cancelled", cancelled);
			lesson.put("attendance", status == null ? null : properties.attendanceCodes().get(status));
			lesson.put("scores", scores);
			return lesson;
		}

		/** The bell's local time on the lesson's day with the school's UTC offset of that day, e.g. 2026-12-07T08:30:00+03:00. */
		private @Nullable String at(@Nullable String bell, ZoneId zone) {
			if (bell == null) {
				return null;
			}
			try {
				return lessonDate.atTime(LocalTime.parse(bell)).atZone(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
	}
}
