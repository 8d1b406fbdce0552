package org.ejd.diary.absences;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.ejd.contracts.journal.AbsenceNoteFiled;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The diary's copy of a student's absence notes; reorder-tolerant: a decision never goes back to "filed". */
@Repository
class AbsenceNotes {

	private final JdbcClient jdbc;

	AbsenceNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A note as the family sees it in the diary. */
	record NoteView(UUID id, UUID studentId,
			@Schema(allowableValues = { "planned", "excuse" }) @Nullable String kind, LocalDate from, LocalDate to, @Nullable List<Integer> lessonNumbers,
			@Nullable String reason, @Nullable Instant filedAt,
			@Schema(allowableValues = { "filed", "accepted", "declined" }) String status, @Nullable Instant decidedAt, @Nullable String decisionReason,
			@Nullable Integer excusedLessons) {
	}

	void filed(AbsenceNoteFiled n) {
		String lessons = n.lessonNumbers() == null || n.lessonNumbers().isEmpty() ? null
				: String.join(",", n.lessonNumbers().stream().map(String::valueOf).toList());
		jdbc.sql("""
				insert into absence_note (id, school_id, student_id, kind, from_date, to_date, lesson_numbers, reason, filed_at, status, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'filed', 1)
				on conflict (id) do update set kind = excluded.kind, lesson_numbers = excluded.lesson_numbers, reason = excluded.reason,
				  filed_at = excluded.filed_at""")
			.params(n.noteId(), n.schoolId(), n.studentId(), n.kind(), n.from(), n.to(), lessons, n.reason(), Timestamp.from(n.filedAt()))
			.update();
	}

	void accepted(AbsenceNoteAccepted a, long version) {
		decided(a.noteId(), a.schoolId(), a.studentId(), a.from(), a.to(), "accepted", a.decidedAt(), a.comment(), a.excusedLessons(),
				version);
	}

	void declined(AbsenceNoteDeclined d, long version) {
		decided(d.noteId(), d.schoolId(), d.studentId(), d.from(), d.to(), "declined", d.decidedAt(), d.reason(), null, version);
	}

	private void decided(UUID id, UUID school, UUID student, LocalDate from, LocalDate to, String status, Instant at,
			@Nullable String reason, @Nullable Integer excused, long version) {
		jdbc.sql("""
				insert into absence_note (id, school_id, student_id, from_date, to_date, status, decided_at, decision_reason, excused_lessons,
				  version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set status = excluded.status, decided_at = excluded.decided_at,
				  decision_reason = excluded.decision_reason, excused_lessons = excluded.excused_lessons, version = excluded.version
				where absence_note.version < excluded.version""")
			.params(id, school, student, from, to, status, Timestamp.from(at), reason, excused, version).update();
	}

	/** The student's notes, the latest days first. */
	List<NoteView> of(UUID studentId) {
		return jdbc.sql("""
				select id, student_id, kind, from_date, to_date, lesson_numbers, reason, filed_at, status, decided_at, decision_reason,
				  excused_lessons from absence_note where student_id = ? order by from_date desc, filed_at desc nulls last limit 200""")
			.param(studentId)
			.query((rs, i) -> {
				String lessons = rs.getString("lesson_numbers");
				Timestamp filed = rs.getTimestamp("filed_at");
				Timestamp decided = rs.getTimestamp("decided_at");
				int excused = rs.getInt("excused_lessons");
				boolean noCount = rs.wasNull();
				return new NoteView(rs.getObject("id", UUID.class), rs.getObject("student_id", UUID.class), rs.getString("kind"),
						rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
						lessons == null ? null : Arrays.stream(lessons.split(",")).map(Integer::valueOf).toList(), rs.getString("reason"),
						filed == null ? null : filed.toInstant(), rs.getString("status"), decided == null ? null : decided.toInstant(),
						rs.getString("decision_reason"), noCount ? null : excused);
			})
			.list();
	}
}
