package org.ejd.journal.homework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.journal.lessons.Lesson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Homework submissions and their files in journal's database. */
@Repository
class HomeworkSubmissions {

	private static final String COLUMNS = """
			id, lesson_id, student_id, school_id, class_group_id, subject_id, state, text, handed_in_at, returned_at, returned_by,
			return_comment, mark_id, mark_value, changed_at, changed_by, version""";

	private final JdbcClient jdbc;

	HomeworkSubmissions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The student's submission for the lesson's homework, locked for the change: created as "assigned" (version 0) when
	 * none exists, so two hand-ins at once wait for each other instead of both inserting.
	 */
	HomeworkSubmission lock(Lesson lesson, UUID studentId, Instant now) {
		jdbc.sql("""
				insert into homework_submission (id, lesson_id, student_id, school_id, class_group_id, subject_id, state, changed_at,
				  changed_by, version)
				values (?, ?, ?, ?, ?, ?, 'assigned', ?, ?, 0) on conflict (lesson_id, student_id) do nothing""")
			.params(UUID.randomUUID(), lesson.id(), studentId, lesson.schoolId(), lesson.classGroupId(), lesson.subjectId(),
					Timestamp.from(now), studentId)
			.update();
		return jdbc.sql("select " + COLUMNS + " from homework_submission where lesson_id = ? and student_id = ? for update")
			.params(lesson.id(), studentId).query(HomeworkSubmissions::submission).single();
	}

	Optional<HomeworkSubmission> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from homework_submission where id = ?").param(id)
			.query(HomeworkSubmissions::submission).optional();
	}

	Optional<HomeworkSubmission> lock(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from homework_submission where id = ? for update").param(id)
			.query(HomeworkSubmissions::submission).optional();
	}

	Optional<HomeworkSubmission> of(UUID lessonId, UUID studentId) {
		return jdbc.sql("select " + COLUMNS + " from homework_submission where lesson_id = ? and student_id = ? and version > 0")
			.params(lessonId, studentId).query(HomeworkSubmissions::submission).optional();
	}

	List<HomeworkSubmission> ofLesson(UUID lessonId) {
		return jdbc.sql("select " + COLUMNS + " from homework_submission where lesson_id = ? and version > 0").param(lessonId)
			.query(HomeworkSubmissions::submission).list();
	}

	void update(HomeworkSubmission s) {
		jdbc.sql("""
				update homework_submission set state = ?, text = ?, handed_in_at = ?, returned_at = ?, returned_by = ?,
				  return_comment = ?, mark_id = ?, mark_value = ?, changed_at = ?, changed_by = ?, version = ?
				where id = ?""")
			.params(s.state().wire(), s.text(), timestamp(s.handedInAt()), timestamp(s.returnedAt()), s.returnedBy(),
					s.returnComment(), s.markId(), s.markValue(), Timestamp.from(s.changedAt()), s.changedBy(), s.version(), s.id())
			.update();
	}

	/** The handed-in file: a new one replaces the one before. */
	void putFile(UUID submissionId, String fileName, String contentType, byte[] content) {
		jdbc.sql("""
				insert into homework_submission_file (submission_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)
				on conflict (submission_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
				  size_bytes = excluded.size_bytes, content = excluded.content""")
			.params(submissionId, fileName, contentType, content.length, content).update();
	}

	Optional<FileMeta> fileOf(UUID submissionId) {
		return jdbc.sql("select file_name, content_type, size_bytes from homework_submission_file where submission_id = ?")
			.param(submissionId).query(FileMeta.class).optional();
	}

	Optional<byte[]> content(UUID submissionId) {
		return jdbc.sql("select content from homework_submission_file where submission_id = ?").param(submissionId)
			.query(byte[].class).optional();
	}

	/**
	 * Homework of the class group due from {@code from} to {@code to} that the student has not handed in (no submission, still
	 * assigned or only marked done, or returned to be done again), the earliest due first.
	 */
	List<WorkOwed> owed(UUID classGroupId, UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select l.id as lesson_id, cast(? as uuid) as student_id, l.subject_id, s.name as subject_name, l.lesson_date, l.homework,
				  l.homework_due, coalesce(hs.state, 'assigned') as state
				from lesson l join subject s on s.id = l.subject_id
				left join homework_submission hs on hs.lesson_id = l.id and hs.student_id = ?
				where l.class_group_id = ? and l.cancellation_reason is null and l.homework is not null and btrim(l.homework) <> ''
				  and l.homework_due between ? and ? and (hs.state is null or hs.state not in ('handed-in', 'marked'))
				order by l.homework_due, l.lesson_date, l.period_no""")
			.params(studentId, studentId, classGroupId, from, to).query(WorkOwed.class).list();
	}

	record FileMeta(String fileName, String contentType, long sizeBytes) {
	}

	record WorkOwed(UUID lessonId, UUID studentId, UUID subjectId, String subjectName, LocalDate lessonDate, String homework,
			LocalDate homeworkDue, @Schema(allowableValues = { "assigned", "done", "returned" }) String state) {
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static HomeworkSubmission submission(ResultSet rs, int row) throws SQLException {
		return new HomeworkSubmission(rs.getObject("id", UUID.class), rs.getObject("lesson_id", UUID.class),
				rs.getObject("student_id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getObject("class_group_id", UUID.class), rs.getObject("subject_id", UUID.class),
				HomeworkSubmission.State.ofWire(rs.getString("state")), rs.getString("text"), instant(rs, "handed_in_at"),
				instant(rs, "returned_at"), rs.getObject("returned_by", UUID.class), rs.getString("return_comment"),
				rs.getObject("mark_id", UUID.class), rs.getString("mark_value"), rs.getTimestamp("changed_at").toInstant(),
				rs.getObject("changed_by", UUID.class), rs.getLong("version"));
	}
}
