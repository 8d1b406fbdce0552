package org.ejd.diary.lessons;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.ejd.contracts.journal.HomeworkSubmissionChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each homework's state for the student (ADR 0044), kept from journal.homework-submission.changed: the newest version
 * wins, so a redelivered or reordered event changes nothing. What the diary shows adds "late": due and nothing done.
 */
@Component
public class HomeworkStates {

	/**
	 * What a diary read selects of a homework's state with {@link #JOIN}: {@code homework_state}, {@code homework_mark}
	 * (the mark's current value once the diary has it; until then the value the state event carried) and
	 * {@code return_comment}. A mark the teacher has since deleted leaves the work handed in and unmarked.
	 */
	public static final String COLUMNS = """
			case when hs.state = 'marked' and hm.deleted then 'handed-in' else hs.state end as homework_state,
			  case when hm.deleted then null else coalesce(hm.value, hs.mark_value) end as homework_mark, hs.return_comment
			""";

	/** {@link #COLUMNS} by name: each column's expression, for a statement that lists its columns itself. */
	public static final java.util.Map<String, String> EXPRESSIONS = java.util.Map.of(
			"homework_state", "case when hs.state = 'marked' and hm.deleted then 'handed-in' else hs.state end",
			"homework_mark", "case when hm.deleted then null else coalesce(hm.value, hs.mark_value) end",
			"return_comment", "hs.return_comment");

	/** Joins a lesson {@code l} and its enrolment {@code e} to the student's homework state and the mark given for it. */
	public static final String JOIN = """
			left join homework_state hs on hs.lesson_id = l.lesson_id and hs.student_id = e.student_id
			left join diary_mark hm on hm.mark_id = hs.mark_id
			""";

	private final JdbcClient jdbc;

	HomeworkStates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the state when the event is newer than the one kept. */
	public void record(HomeworkSubmissionChanged c, long version) {
		jdbc.sql("""
				insert into homework_state (student_id, lesson_id, submission_id, school_id, state, handed_in_at, return_comment,
				  mark_id, mark_value, changed_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (student_id, lesson_id) do update set submission_id = excluded.submission_id, state = excluded.state,
				  handed_in_at = excluded.handed_in_at, return_comment = excluded.return_comment, mark_id = excluded.mark_id,
				  mark_value = excluded.mark_value, changed_at = excluded.changed_at, version = excluded.version
				where homework_state.version < excluded.version""")
			.params(c.studentId(), c.lessonId(), c.submissionId(), c.schoolId(), c.state(), timestamp(c.handedInAt()),
					c.comment(), c.markId(), c.markValue(), Timestamp.from(c.changedAt()), version)
			.update();
	}

	/**
	 * What the diary shows for a homework: null without homework; the journal's state once the student did something
	 * (done, handed-in, returned, marked); else "late" from its due date on (in the school's today), "assigned" before.
	 */
	public static @Nullable String shown(@Nullable String homework, @Nullable LocalDate due, @Nullable String state, LocalDate today) {
		if (homework == null || homework.isBlank()) {
			return null;
		}
		if (state != null && !state.equals("assigned")) {
			return state;
		}
		return due != null && !due.isAfter(today) ? "late" : "assigned";
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
