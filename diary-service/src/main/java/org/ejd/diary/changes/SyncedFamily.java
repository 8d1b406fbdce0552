package org.ejd.diary.changes;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A resource family a third party can sync, and where its current state lives. Each row's {@code data} is built by
 * PostgreSQL ({@code jsonb_build_object}) from the projection as it is at read time, so a change read late carries the
 * latest state and a client that applies the feed in order ends with what the diary shows. {@code visible} is the
 * caller's scope ({@code :students}, {@code :schools} as uuid arrays) plus the family's refusal of processing (C1);
 * {@code live} hides what is deleted, so a key the feed names without a row is a tombstone.
 */
enum SyncedFamily {

	MARKS("marks", "diary_mark x", "x.mark_id::text", "x.student_id", """
			jsonb_build_object('markId', x.mark_id, 'studentId', x.student_id, 'schoolId', x.school_id, 'subjectId', x.subject_id,
			  'subjectName', x.subject_name, 'value', x.value, 'scale', x.scale, 'workType', x.work_type, 'weight', x.weight,
			  'workDate', x.work_date, 'enteredAt', x.entered_at, 'comment', x.comment, 'countsInAverage', x.counted,
			  'version', x.version)""",
			"(x.student_id = any(:students) or x.school_id = any(:schools))", "not x.deleted"),

	ATTENDANCE("attendance", "attendance x", "x.lesson_id::text || ':' || x.student_id::text", "x.student_id", """
			jsonb_build_object('lessonId', x.lesson_id, 'studentId', x.student_id, 'subjectName', x.subject_name,
			  'date', x.lesson_date, 'periodNo', x.period_no, 'status', x.status, 'reason', x.reason,
			  'minutesLate', x.minutes_late, 'version', x.version)""",
			"(x.student_id = any(:students) or coalesce(x.school_id, (select s.school_id from student s where s.id = x.student_id))"
					+ " = any(:schools))",
			"true"),

	GRADES("grades", "grade x", "x.grade_id::text", "x.student_id", """
			jsonb_build_object('gradeId', x.grade_id, 'studentId', x.student_id, 'subjectName', x.subject_name,
			  'periodId', x.period_id, 'periodName', x.period_name, 'academicYear', x.academic_year, 'kind', x.kind,
			  'value', x.value, 'deferredUntil', x.deferred_until, 'deferralReason', x.deferral_reason, 'version', x.version)""",
			"(x.student_id = any(:students) or coalesce(x.school_id, (select s.school_id from student s where s.id = x.student_id))"
					+ " = any(:schools))",
			"true"),

	LESSONS("lessons", "lesson x", "x.lesson_id::text", null, """
			jsonb_build_object('lessonId', x.lesson_id, 'classGroupId', x.class_group_id, 'subjectName', x.subject_name,
			  'date', x.lesson_date, 'periodNo', x.period_no, 'lessonType', x.lesson_type, 'topic', x.topic,
			  'homework', x.homework, 'homeworkDue', x.homework_due, 'attachments', x.attachments, 'version', x.version)""",
			SyncedFamily.CLASS_OF_STUDENTS_ON_THE_DAY, "true"),

	TIMETABLE("timetable", "lesson x", "x.lesson_id::text", null, """
			jsonb_build_object('lessonId', x.lesson_id, 'classGroupId', x.class_group_id, 'subjectName', x.subject_name,
			  'date', x.lesson_date, 'periodNo', x.period_no, 'room', x.room, 'teacherName', x.teacher_name,
			  'substituteName', x.substitute_name, 'movedFromDate', x.moved_from_date, 'movedFromPeriod', x.moved_from_period,
			  'changeReason', x.change_reason, 'cancelled', x.cancelled, 'cancellationReason', x.cancellation_reason,
			  'version', x.version)""",
			SyncedFamily.CLASS_OF_STUDENTS_ON_THE_DAY, "true"),

	ROSTER("roster", "enrolment x left join student st on st.id = x.student_id", "x.id::text", "x.student_id", """
			jsonb_build_object('enrolmentId', x.id, 'studentId', x.student_id, 'lastName', st.last_name,
			  'firstName', st.first_name, 'middleName', st.middle_name, 'classGroupId', x.class_group_id,
			  'classGroupName', x.class_group_name, 'from', x.valid_from, 'to', x.valid_to)""",
			"(x.student_id = any(:students) or x.school_id = any(:schools))", "true"),

	/**
	 * A school year's archive state (docs/adr/0054, 0058): closed into the journal's read-only archive, or reopened by the
	 * region. It is the school's, so every family with a student at that school sees it; no personal data, no audit.
	 */
	SCHOOL_YEARS("school-years", "school_year x", "x.school_id::text || ':' || x.academic_year", null, """
			jsonb_build_object('schoolId', x.school_id, 'academicYear', x.academic_year, 'firstDay', x.first_day,
			  'lastDay', x.last_day, 'archived', x.archived, 'closedAt', x.closed_at, 'reopenedAt', x.reopened_at,
			  'version', x.version)""",
			"(x.school_id = any(:schools) or x.school_id in (select s.school_id from student s where s.id = any(:students)))",
			"true");

	/** A lesson is a family's when one of its students was in the lesson's class group on the lesson's day. */
	private static final String CLASS_OF_STUDENTS_ON_THE_DAY = """
			(x.school_id = any(:schools) or exists (select 1 from enrolment e where e.class_group_id = x.class_group_id
			  and e.student_id = any(:students) and e.valid_from <= x.lesson_date
			  and (e.valid_to is null or e.valid_to >= x.lesson_date)))""";

	private final String wireName;

	private final String from;

	private final String key;

	private final @Nullable String student;

	private final String data;

	private final String visible;

	private final String live;

	SyncedFamily(String wireName, String from, String key, @Nullable String student, String data, String visible, String live) {
		this.wireName = wireName;
		this.from = from;
		this.key = key;
		this.student = student;
		this.data = data;
		this.visible = visible;
		this.live = live;
	}

	String wireName() {
		return wireName;
	}

	static Optional<SyncedFamily> ofWireName(String name) {
		return Arrays.stream(values()).filter(f -> f.wireName.equals(name)).findFirst();
	}

	/** The current state of the named keys the caller may see and that are not deleted. */
	String stateOfKeys() {
		return select() + " and " + key + " = any(:keys)";
	}

	/** One page of the starting snapshot: everything the caller may see, by key after {@code :after}. */
	String snapshotPage() {
		return select() + " and " + key + " > :after order by 1 limit :limit";
	}

	private String select() {
		String consentAllows = student == null ? "true"
				: "not exists (select 1 from consent_state c where c.person_id = " + student + " and not c.processing_allowed)";
		return "select " + key + " as key, " + (student == null ? "cast(null as uuid)" : student) + " as student_id, cast("
				+ data + " as text) as data from " + from + " where " + visible + " and " + live + " and " + consentAllows;
	}
}
