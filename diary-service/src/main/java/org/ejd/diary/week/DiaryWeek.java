package org.ejd.diary.week;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.ejd.diary.lessons.HomeworkStates;
import org.ejd.diary.years.SchoolYears;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Builds a week from the diary's own tables in one statement (issue 13): its parts are the lessons with their room, the
 * bells of their class's shift, attendance, substitution and cancellation; the marks of the week; homework due; holidays
 * and events; and the year's archive state. One statement reads one snapshot, as the five statements of a REPEATABLE
 * READ transaction did, without their ten round trips (the isolation level asked, set and reset, BEGIN and COMMIT).
 * A class whose shift the journal never set (no journal.class-shift.set) is in shift 1, as in the journal.
 */
@Repository
public class DiaryWeek {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	/** The days' Russian names by {@link DayOfWeek#ordinal()}, looked up once rather than for each day of each view. */
	private static final String[] DAY_NAMES = Arrays.stream(DayOfWeek.values())
		.map(day -> day.getDisplayName(TextStyle.FULL, RUSSIAN)).toArray(String[]::new);

	/** Every column of the statement's rows and its type: each part fills its own and leaves the others null. */
	private static final Map<String, String> ROW = columns("lesson_id uuid", "lesson_date date", "period_no smallint",
			"subject_id uuid", "subject_name text", "lesson_type text", "topic text", "homework text", "homework_due date",
			"attachments text", "teacher_name text", "substituted boolean", "substitute_name text", "moved_from_date date",
			"moved_from_period smallint", "change_reason text", "cancelled boolean", "cancellation_reason text", "status text",
			"reason text", "minutes_late smallint", "starts_at text", "ends_at text", "room text", "homework_state text",
			"homework_mark text", "return_comment text", "mark_id uuid", "value text", "work_type text", "weight numeric",
			"work_date date", "comment text", "scope text", "title text", "place text", "starts_on date", "ends_on date",
			"academic_year_state text", "year_archived boolean", "year_closed_at timestamptz", "year_reopened_at timestamptz");

	private static final int LESSONS = 1;

	private static final int MARKS = 2;

	private static final int DUE = 3;

	private static final int CALENDAR = 4;

	private static final int YEAR = 5;

	/** Lesson columns read as they are from {@code lesson l}. */
	private static final List<String> LESSON_COLUMNS = List.of("lesson_id", "lesson_date", "period_no", "subject_id",
			"subject_name", "lesson_type", "topic", "homework", "homework_due", "substituted", "substitute_name", "moved_from_date",
			"moved_from_period", "change_reason", "cancelled", "cancellation_reason", "room");

	/** The week's statement, parameters {@code :student}, {@code :monday} and {@code :sunday}. */
	public static final String WEEK = String.join("\nunion all\n",
			part(LESSONS, "l.lesson_date, l.period_no, l.subject_name", with(lessonColumns(), HomeworkStates.EXPRESSIONS), """
					from lesson l
					join enrolment e on e.class_group_id = l.class_group_id and e.student_id = :student
					  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)
					""" + HomeworkStates.JOIN + """
					left join attendance a on a.lesson_id = l.lesson_id and a.student_id = :student
					left join class_shift cs on cs.class_group_id = l.class_group_id
					left join lateral (
					  select b ->> 'start' as starts_at, b ->> 'end' as ends_at
					  from (select distinct on (bs.shift) bs.shift, bs.lessons from bell_schedule bs
					        where bs.school_id = e.school_id and bs.effective_from <= l.lesson_date
					          and bs.shift = coalesce(cs.shift, 1)
					        order by bs.shift, bs.effective_from desc) current_bells,
					       jsonb_array_elements(current_bells.lessons) b
					  where (b ->> 'number')::int = l.period_no
					  limit 1) bell on true
					where l.lesson_date between :monday and :sunday"""),
			part(MARKS, "m.work_date, m.subject_name, m.entered_at, m.mark_id", own("m", "mark_id", "subject_id", "subject_name",
					"value", "work_type", "weight", "work_date", "comment"), """
					from diary_mark m where m.student_id = :student and m.work_date between :monday and :sunday and not m.deleted"""),
			part(DUE, "l.homework_due, l.subject_name, l.lesson_date", with(own("l", "lesson_id", "subject_name", "homework",
					"lesson_date", "homework_due"), HomeworkStates.EXPRESSIONS), """
					from lesson l join enrolment e on e.class_group_id = l.class_group_id and e.student_id = :student
					  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)
					""" + HomeworkStates.JOIN + """
					where l.homework_due between :monday and :sunday and l.homework is not null and not l.cancelled"""),
			part(CALENDAR, "c.starts_on, c.scope, c.title", own("c", "scope", "title", "place", "starts_on", "ends_on"), """
					from (select 'holiday' as scope, h.name as title, null as place, h.start_date as starts_on, h.end_date as ends_on
					      from holiday h join student s on s.school_id = h.school_id
					      where s.id = :student and h.end_date >= :monday and h.start_date <= :sunday
					      union all
					      select e.scope, e.title, e.place, e.starts_on, e.ends_on
					      from school_event e join student s on s.school_id = e.school_id
					      where s.id = :student and e.ends_on >= :monday and e.starts_on <= :sunday) c"""),
			part(YEAR, "y.first_day desc", Map.of("academic_year_state", "y.academic_year", "year_archived", "y.archived",
					"year_closed_at", "y.closed_at", "year_reopened_at", "y.reopened_at"), """
					from (select y.* from school_year y join student s on s.school_id = y.school_id
					      where s.id = :student and y.first_day <= :sunday and y.last_day >= :monday
					      order by y.first_day desc limit 1) y"""))
			+ "\norder by part, ord";

	private final JdbcClient jdbc;

	DiaryWeek(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public WeekView of(UUID studentId, LocalDate monday, LocalDate today) {
		LocalDate sunday = monday.plusDays(6);
		List<LessonRow> lessons = new ArrayList<>();
		List<MarkRow> marks = new ArrayList<>();
		List<DueRow> due = new ArrayList<>();
		List<CalendarRow> calendar = new ArrayList<>();
		List<SchoolYears.YearState> year = new ArrayList<>(1);
		jdbc.sql(WEEK).param("student", studentId).param("monday", monday).param("sunday", sunday).query((RowCallbackHandler) rs -> {
			switch (rs.getInt("part")) {
				case LESSONS -> lessons.add(lesson(rs, today));
				case MARKS -> marks.add(new MarkRow(uuid(rs, "mark_id"), uuid(rs, "subject_id"), rs.getString("subject_name"),
						rs.getString("value"), rs.getString("work_type"), rs.getBigDecimal("weight"), date(rs, "work_date"),
						rs.getString("comment")));
				case DUE -> due.add(new DueRow(uuid(rs, "lesson_id"), rs.getString("subject_name"), rs.getString("homework"),
						date(rs, "lesson_date"), date(rs, "homework_due"), state(rs, today)));
				case CALENDAR -> calendar.add(new CalendarRow(rs.getString("scope"), rs.getString("title"), rs.getString("place"),
						date(rs, "starts_on"), date(rs, "ends_on")));
				case YEAR -> year.add(Objects.requireNonNull(SchoolYears.YearState.of(rs)));
				default -> throw new IllegalStateException("no part " + rs.getInt("part"));
			}
		});
		return assemble(studentId, monday, lessons, marks, due, calendar, year.isEmpty() ? null : year.getFirst());
	}

	/**
	 * One part of {@link #WEEK}: its number, its rows' order within it ({@code ord}), its own columns and the others null.
	 */
	private static String part(int part, String order, Map<String, String> own, String from) {
		if (!ROW.keySet().containsAll(own.keySet())) {
			throw new IllegalStateException("columns outside the row: " + own.keySet());
		}
		StringBuilder select = new StringBuilder("select ").append(part).append(" as part, row_number() over (order by ")
			.append(order).append(") as ord");
		ROW.forEach((column, type) -> select.append(",\n  ")
			.append(own.getOrDefault(column, "cast(null as " + type + ")")).append(" as ").append(column));
		return select.append('\n').append(from).toString();
	}

	private static Map<String, String> lessonColumns() {
		Map<String, String> columns = new LinkedHashMap<>(own("l", LESSON_COLUMNS.toArray(String[]::new)));
		columns.put("attachments", "cast(l.attachments as text)");
		columns.put("teacher_name", """
				coalesce(l.teacher_name, (select min(t.teacher_name) from class_teacher t where t.class_group_id = l.class_group_id
				    and t.subject_name = l.subject_name and t.valid_from <= l.lesson_date
				    and (t.valid_to is null or t.valid_to >= l.lesson_date)))""");
		columns.put("status", "a.status");
		columns.put("reason", "a.reason");
		columns.put("minutes_late", "a.minutes_late");
		columns.put("starts_at", "bell.starts_at");
		columns.put("ends_at", "bell.ends_at");
		return columns;
	}

	private static Map<String, String> own(String alias, String... columns) {
		Map<String, String> own = new LinkedHashMap<>();
		for (String column : columns) {
			own.put(column, alias + "." + column);
		}
		return own;
	}

	private static Map<String, String> with(Map<String, String> columns, Map<String, String> more) {
		Map<String, String> all = new LinkedHashMap<>(columns);
		all.putAll(more);
		return all;
	}

	private static Map<String, String> columns(String... typed) {
		Map<String, String> row = new LinkedHashMap<>();
		for (String column : typed) {
			String[] nameAndType = column.split(" ", 2);
			row.put(nameAndType[0], nameAndType[1]);
		}
		return row;
	}

	/** Marks of a day go to that day's first lesson of their subject; marks of a subject without a lesson that day stand apart. */
	private static WeekView assemble(UUID studentId, LocalDate monday, List<LessonRow> lessons, List<MarkRow> marks,
			List<DueRow> due, List<CalendarRow> calendar, SchoolYears.@Nullable YearState year) {
		Map<String, List<WeekView.Mark>> marksBySubjectDay = new LinkedHashMap<>();
		for (MarkRow m : marks) {
			marksBySubjectDay.computeIfAbsent(m.workDate() + "/" + m.subjectName(), k -> new ArrayList<>())
				.add(new WeekView.Mark(m.markId(), m.subjectName(), m.value(), m.workType(), m.weight(), m.comment()));
		}
		Set<String> placed = new HashSet<>();
		List<WeekView.Day> days = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			LocalDate date = monday.plusDays(d);
			List<WeekView.Lesson> dayLessons = new ArrayList<>();
			for (LessonRow l : lessons) {
				if (!l.lessonDate().equals(date)) {
					continue;
				}
				String key = date + "/" + l.subjectName();
				List<WeekView.Mark> lessonMarks = placed.add(key) ? marksBySubjectDay.getOrDefault(key, List.of()) : List.of();
				dayLessons.add(l.view(lessonMarks));
			}
			List<WeekView.Mark> otherMarks = new ArrayList<>();
			marksBySubjectDay.forEach((key, list) -> {
				if (key.startsWith(date + "/") && !placed.contains(key)) {
					otherMarks.addAll(list);
				}
			});
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (weekend && dayLessons.isEmpty() && otherMarks.isEmpty()) {
				continue;
			}
			String holiday = calendar.stream().filter(c -> c.scope().equals("holiday") && c.covers(date)).map(CalendarRow::title)
				.findFirst().orElse(null);
			List<WeekView.Event> events = calendar.stream().filter(c -> !c.scope().equals("holiday") && c.covers(date))
				.map(c -> new WeekView.Event(c.scope(), c.title(), c.place())).toList();
			List<WeekView.HomeworkDue> homework = due.stream().filter(h -> h.homeworkDue().equals(date))
				.map(h -> new WeekView.HomeworkDue(h.lessonId(), h.subjectName(), h.homework(), h.lessonDate(), h.state())).toList();
			days.add(new WeekView.Day(date, DAY_NAMES[date.getDayOfWeek().ordinal()], holiday, events, homework,
					dayLessons, otherMarks));
		}
		return new WeekView(studentId, monday, monday.plusDays(6), days, year);
	}

	// Rows mapped by hand: the reflective mapper took more than half of a week view's CPU (issue 13, JFR profile)

	/** The homework's state for the student as the diary shows it (ADR 0044), null without homework. */
	private static WeekView.@Nullable HomeworkState state(ResultSet rs, LocalDate today) throws SQLException {
		String shown = HomeworkStates.shown(rs.getString("homework"), date(rs, "homework_due"), rs.getString("homework_state"), today);
		return shown == null ? null : new WeekView.HomeworkState(shown, rs.getString("homework_mark"), rs.getString("return_comment"));
	}

	private static LessonRow lesson(ResultSet rs, LocalDate today) throws SQLException {
		return new LessonRow(uuid(rs, "lesson_id"), date(rs, "lesson_date"), rs.getInt("period_no"), uuid(rs, "subject_id"),
				rs.getString("subject_name"), rs.getString("lesson_type"), rs.getString("topic"), rs.getString("homework"),
				date(rs, "homework_due"), rs.getString("attachments"), rs.getString("teacher_name"), rs.getBoolean("substituted"),
				rs.getString("substitute_name"), date(rs, "moved_from_date"), integer(rs, "moved_from_period"),
				rs.getString("change_reason"), rs.getBoolean("cancelled"), rs.getString("cancellation_reason"), rs.getString("status"),
				rs.getString("reason"), integer(rs, "minutes_late"), rs.getString("starts_at"), rs.getString("ends_at"),
				rs.getString("room"), state(rs, today));
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	record LessonRow(UUID lessonId, LocalDate lessonDate, int periodNo, @Nullable UUID subjectId, String subjectName,
			String lessonType, @Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue,
			@Nullable String attachments, @Nullable String teacherName, boolean substituted, @Nullable String substituteName,
			@Nullable LocalDate movedFromDate, @Nullable Integer movedFromPeriod, @Nullable String changeReason, boolean cancelled,
			@Nullable String cancellationReason, @Nullable String status, @Nullable String reason, @Nullable Integer minutesLate,
			@Nullable String startsAt, @Nullable String endsAt, @Nullable String room, WeekView.@Nullable HomeworkState homeworkState) {

		WeekView.Lesson view(List<WeekView.Mark> marks) {
			return new WeekView.Lesson(lessonId, periodNo, startsAt, endsAt, room, subjectName, teacherName, lessonType, topic,
					homework == null ? null : new WeekView.Homework(homework, homeworkDue, attachments, homeworkState), marks,
					status == null ? null : new WeekView.Attendance(status, reason, minutesLate),
					substituted ? new WeekView.Substitution(substituteName, changeReason) : null,
					movedFromDate == null ? null : new WeekView.Moved(movedFromDate, movedFromPeriod, changeReason),
					cancelled ? new WeekView.Cancelled(cancellationReason) : null);
		}
	}

	record MarkRow(UUID markId, UUID subjectId, String subjectName, String value, String workType, BigDecimal weight,
			LocalDate workDate, @Nullable String comment) {
	}

	record DueRow(UUID lessonId, String subjectName, String homework, LocalDate lessonDate, LocalDate homeworkDue,
			WeekView.@Nullable HomeworkState state) {
	}

	record CalendarRow(String scope, String title, @Nullable String place, LocalDate startsOn, LocalDate endsOn) {

		boolean covers(LocalDate day) {
			return !day.isBefore(startsOn) && !day.isAfter(endsOn);
		}
	}

}
