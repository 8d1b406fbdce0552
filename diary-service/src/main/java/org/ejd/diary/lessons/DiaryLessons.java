package org.ejd.diary.lessons;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;
import org.ejd.contracts.journal.LessonRecorded;
import org.ejd.platform.web.paging.Cursor;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lessons (topics, homework), enrolments and attendance as the diary shows them. */
@Repository
public class DiaryLessons {

	private final JdbcClient jdbc;

	DiaryLessons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void enrol(UUID enrolmentId, UUID studentId, UUID classGroupId, String classGroupName, UUID schoolId, LocalDate from,
			@Nullable LocalDate to, Instant eventTime) {
		jdbc.sql("""
				insert into enrolment (id, student_id, class_group_id, class_group_name, school_id, valid_from, valid_to, event_time)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set valid_to = coalesce(excluded.valid_to, enrolment.valid_to), event_time = excluded.event_time""")
			.params(enrolmentId, studentId, classGroupId, classGroupName, schoolId, from, to, Timestamp.from(eventTime)).update();
	}

	/** The lesson's whole current state (journal.lesson.recorded), with when it happened; a higher version replaces a lower one. */
	void upsertLesson(LessonRecorded l, @Nullable String attachments, long version, Instant eventTime) {
		jdbc.sql("""
				insert into lesson (lesson_id, class_group_id, subject_name, lesson_date, period_no, lesson_type, topic, homework,
				  homework_due, substituted, moved_from_date, attachments, version, school_id, subject_id, teacher_id, teacher_name,
				  substitute_id, substitute_name, moved_from_period, change_reason, cancelled, cancellation_reason, event_time, room)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (lesson_id) do update set subject_name = excluded.subject_name, lesson_date = excluded.lesson_date,
				  period_no = excluded.period_no, lesson_type = excluded.lesson_type, topic = excluded.topic,
				  homework = excluded.homework, homework_due = excluded.homework_due, substituted = excluded.substituted,
				  moved_from_date = excluded.moved_from_date, attachments = excluded.attachments, version = excluded.version,
				  school_id = excluded.school_id, subject_id = excluded.subject_id, teacher_id = excluded.teacher_id,
				  teacher_name = excluded.teacher_name, substitute_id = excluded.substitute_id,
				  substitute_name = excluded.substitute_name, moved_from_period = excluded.moved_from_period,
				  change_reason = excluded.change_reason, cancelled = excluded.cancelled,
				  cancellation_reason = excluded.cancellation_reason, event_time = excluded.event_time, room = excluded.room
				where lesson.version < excluded.version""")
			.params(l.lessonId(), l.classGroupId(), l.subjectName(), l.date(), l.periodNo(), l.lessonType(), l.topic(), l.homework(),
					l.homeworkDue(), l.substituteTeacherId() != null, l.movedFromDate(), attachments, version, l.schoolId(),
					l.subjectId(), l.teacherId(), l.teacherName(), l.substituteTeacherId(), l.substituteTeacherName(),
					l.movedFromPeriod(), l.changeReason(), Boolean.TRUE.equals(l.cancelled()), l.cancellationReason(),
					Timestamp.from(eventTime), l.room())
			.update();
	}

	void upsertAttendance(AttendanceView a, UUID schoolId, long version, Instant eventTime) {
		jdbc.sql("""
				insert into attendance (lesson_id, student_id, subject_name, lesson_date, period_no, status, reason, minutes_late, version,
				  event_time, school_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (lesson_id, student_id) do update set status = excluded.status, reason = excluded.reason,
				  minutes_late = excluded.minutes_late, version = excluded.version, event_time = excluded.event_time
				where attendance.version < excluded.version""")
			.params(a.lessonId(), a.studentId(), a.subjectName(), a.date(), a.periodNo(), a.status(), a.reason(), a.minutesLate(),
					version, Timestamp.from(eventTime), schoolId)
			.update();
	}

	void teacher(UUID assignmentId, UUID classGroupId, String subjectName, String teacherName, LocalDate from,
			@Nullable LocalDate to, Instant eventTime) {
		jdbc.sql("""
				insert into class_teacher (assignment_id, class_group_id, subject_name, teacher_name, valid_from, valid_to, event_time)
				values (?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id) do nothing""")
			.params(assignmentId, classGroupId, subjectName, teacherName, from, to, Timestamp.from(eventTime)).update();
	}

	/** Who teaches the student what today (D5): the teachers of all the student's class groups. */
	public List<TeacherView> teachersOf(UUID studentId, LocalDate day) {
		return jdbc.sql("""
				select distinct e.class_group_name, t.subject_name, t.teacher_name from class_teacher t
				join enrolment e on e.class_group_id = t.class_group_id
				where e.student_id = ? and e.valid_from <= ? and (e.valid_to is null or e.valid_to >= ?)
				  and t.valid_from <= ? and (t.valid_to is null or t.valid_to >= ?)
				order by t.subject_name""")
			.params(studentId, day, day, day, day).query(TeacherView.class).list();
	}

	public record TeacherView(String classGroupName, String subjectName, String teacherName) {
	}

	/** The lessons of every class group the student attended on each lesson's day. */
	public List<LessonView> lessonsOf(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select l.lesson_id, l.class_group_id, l.subject_name, l.lesson_date as date, l.period_no, l.lesson_type, l.topic,
				  l.homework, l.homework_due, l.substituted, l.moved_from_date, cast(l.attachments as text) as attachments,
				  """ + HomeworkStates.COLUMNS + """
				  as homework_comment
				from lesson l join enrolment e on e.class_group_id = l.class_group_id
				""" + HomeworkStates.JOIN + """
				where e.student_id = ? and l.lesson_date between ? and ?
				  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)
				order by l.lesson_date, l.period_no""")
			.params(studentId, from, to).query(LessonView.class).list();
	}

	public List<AttendanceView> attendanceOf(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select lesson_id, student_id, subject_name, lesson_date as date, period_no, status, reason, minutes_late
				from attendance where student_id = ? and lesson_date between ? and ? and status <> 'present'
				order by lesson_date, period_no""")
			.params(studentId, from, to).query(AttendanceView.class).list();
	}

	/**
	 * One page of {@link #lessonsOf(UUID, LocalDate, LocalDate)} in the same order made total by the lesson's id: the
	 * cursor is the last lesson's (date, period, id).
	 */
	public Page<LessonView> lessonsOf(UUID studentId, LocalDate from, LocalDate to, LocalDate today, PageRequest page) {
		String query = """
				select l.lesson_id, l.class_group_id, l.subject_name, l.lesson_date as date, l.period_no, l.lesson_type, l.topic,
				  l.homework, l.homework_due, l.substituted, l.moved_from_date, cast(l.attachments as text) as attachments,
				  """ + HomeworkStates.COLUMNS + """
				  as homework_comment
				from lesson l join enrolment e on e.class_group_id = l.class_group_id
				""" + HomeworkStates.JOIN + """
				where e.student_id = ? and l.lesson_date between ? and ?
				  and e.valid_from <= l.lesson_date and (e.valid_to is null or e.valid_to >= l.lesson_date)""";
		String order = " order by l.lesson_date, l.period_no, l.lesson_id limit ?";
		Cursor after = page.after();
		List<LessonView> rows = after == null
				? jdbc.sql(query + order).params(studentId, from, to, page.fetchSize()).query(LessonView.class).list()
				: jdbc.sql(query + " and (l.lesson_date, l.period_no, l.lesson_id) > (?, ?, ?)" + order)
					.params(studentId, from, to, after.date(0), after.integer(1), after.uuid(2), page.fetchSize())
					.query(LessonView.class).list();
		return Page.of(rows.stream().map(l -> l.shownOn(today)).toList(), page, l -> Cursor.of(l.date(), l.periodNo(), l.lessonId()));
	}

	/**
	 * One page of {@link #attendanceOf(UUID, LocalDate, LocalDate)} in the same order made total by the lesson's id:
	 * the cursor is the last entry's (date, period, lesson id).
	 */
	public Page<AttendanceView> attendanceOf(UUID studentId, LocalDate from, LocalDate to, PageRequest page) {
		String query = """
				select lesson_id, student_id, subject_name, lesson_date as date, period_no, status, reason, minutes_late
				from attendance where student_id = ? and lesson_date between ? and ? and status <> 'present'""";
		String order = " order by lesson_date, period_no, lesson_id limit ?";
		Cursor after = page.after();
		List<AttendanceView> rows = after == null
				? jdbc.sql(query + order).params(studentId, from, to, page.fetchSize()).query(AttendanceView.class).list()
				: jdbc.sql(query + " and (lesson_date, period_no, lesson_id) > (?, ?, ?)" + order)
					.params(studentId, from, to, after.date(0), after.integer(1), after.uuid(2), page.fetchSize())
					.query(AttendanceView.class).list();
		return Page.of(rows, page, a -> Cursor.of(a.date(), a.periodNo(), a.lessonId()));
	}

	/**
	 * A lesson in the diary: a substitute teaches it ({@code substituted}) or it moved from another day (D3); the
	 * homework's state for the student (ADR 0044: assigned, late, done, handed-in, returned with the teacher's
	 * {@code homeworkComment}, marked with {@code homeworkMark}), null without homework.
	 */
	public record LessonView(UUID lessonId, UUID classGroupId, String subjectName, LocalDate date, int periodNo,
			@Schema(allowableValues = { "regular", "test", "lab", "distance", "excursion", "other" }) String lessonType,
			@Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue, boolean substituted,
			@Nullable LocalDate movedFromDate,
			@Schema(types = "array", description = "Файлы к заданию, как их опубликовал журнал: attachmentId, fileName, contentType, sizeBytes, href (подписанная ссылка, действует ограниченное время) / the homework files as the journal published them") @Nullable @JsonRawValue String attachments,
			@Schema(allowableValues = { "assigned", "done", "handed-in", "returned", "marked" }) @Nullable String homeworkState,
			@Nullable String homeworkMark, @Nullable String homeworkComment) {

		LessonView shownOn(LocalDate today) {
			return new LessonView(lessonId, classGroupId, subjectName, date, periodNo, lessonType, topic, homework, homeworkDue,
					substituted, movedFromDate, attachments, HomeworkStates.shown(homework, homeworkDue, homeworkState, today),
					homeworkMark, homeworkComment);
		}
	}

	public record AttendanceView(UUID lessonId, UUID studentId, String subjectName, LocalDate date, int periodNo,
			@Schema(allowableValues = { "present", "absent", "late", "ill", "excused" }) String status,
			@Nullable String reason, @Nullable Integer minutesLate) {
	}
}
