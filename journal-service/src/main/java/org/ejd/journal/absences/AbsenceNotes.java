package org.ejd.journal.absences;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.lessons.AbsenceExcuses;
import org.ejd.journal.lessons.Lesson;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Absence notes, their files and their history in journal's database; answers the attendance register's question. */
@Repository
class AbsenceNotes implements AbsenceExcuses {

	private final JdbcClient jdbc;

	AbsenceNotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AbsenceNote n) {
		jdbc.sql("insert into absence_note (" + AbsenceNote.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(n.id(), n.schoolId(), n.studentId(), n.classGroupId(), n.kind(), n.fromDate(), n.toDate(), n.lessonNumbers(),
					n.reason(), n.filedBy(), Timestamp.from(n.filedAt()), n.status(), null, null, null)
			.update();
	}

	Optional<AbsenceNote> find(UUID id) {
		return jdbc.sql("select " + AbsenceNote.COLUMNS + " from absence_note where id = ?").param(id).query(AbsenceNote.class)
			.optional();
	}

	Optional<AbsenceNote> lock(UUID id) {
		return jdbc.sql("select " + AbsenceNote.COLUMNS + " from absence_note where id = ? for update").param(id)
			.query(AbsenceNote.class).optional();
	}

	void decide(UUID id, String status, UUID by, Instant at, @Nullable String reason) {
		jdbc.sql("update absence_note set status = ?, decided_by = ?, decided_at = ?, decision_reason = ? where id = ?")
			.params(status, by, Timestamp.from(at), reason, id).update();
	}

	List<AbsenceNote> ofStudent(UUID studentId, int limit) {
		return jdbc.sql("select " + AbsenceNote.COLUMNS + " from absence_note where student_id = ? order by from_date desc, filed_at desc limit ?")
			.params(studentId, limit).query(AbsenceNote.class).list();
	}

	List<AbsenceNote> ofClassGroup(UUID classGroupId, @Nullable String status, int limit) {
		return jdbc.sql("select " + AbsenceNote.COLUMNS + """
				 from absence_note where class_group_id = ? and (cast(? as text) is null or status = cast(? as text))
				order by filed_at, id limit ?""")
			.params(classGroupId, status, status, limit).query(AbsenceNote.class).list();
	}

	void putFile(UUID id, String fileName, String contentType, byte[] content) {
		jdbc.sql("""
				insert into absence_note_file (note_id, file_name, content_type, size_bytes, content) values (?, ?, ?, ?, ?)
				on conflict (note_id) do update set file_name = excluded.file_name, content_type = excluded.content_type,
				  size_bytes = excluded.size_bytes, content = excluded.content""")
			.params(id, fileName, contentType, content.length, content).update();
	}

	Optional<NoteFile> file(UUID id) {
		return jdbc.sql("select file_name, content_type, size_bytes, content from absence_note_file where note_id = ?").param(id)
			.query(NoteFile.class).optional();
	}

	Optional<FileMeta> fileMeta(UUID id) {
		return jdbc.sql("select file_name, content_type, size_bytes from absence_note_file where note_id = ?").param(id)
			.query(FileMeta.class).optional();
	}

	void remember(UUID id, Instant at, UUID by, String action, @Nullable String detail) {
		jdbc.sql("insert into absence_note_history (note_id, at, by, action, detail) values (?, ?, ?, ?, ?)")
			.params(id, Timestamp.from(at), by, action, detail).update();
	}

	List<Step> history(UUID id) {
		return jdbc.sql("select at, by, action, detail from absence_note_history where note_id = ? order by id").param(id)
			.query(Step.class).list();
	}

	/** The reason of an accepted note covering the student's lesson (by day and lesson number), the latest decided first. */
	@Override
	public Optional<String> excuseFor(UUID studentId, Lesson lesson) {
		return jdbc.sql("select " + AbsenceNote.COLUMNS + """
				 from absence_note where student_id = ? and status = 'accepted' and from_date <= ? and to_date >= ?
				order by decided_at desc""")
			.params(studentId, lesson.date(), lesson.date()).query(AbsenceNote.class).list().stream()
			.filter(note -> note.covers(lesson.date(), lesson.periodNo()))
			.map(AbsenceNote::reason)
			.findFirst();
	}

	record NoteFile(String fileName, String contentType, int sizeBytes, byte[] content) {
	}

	record FileMeta(String fileName, String contentType, int sizeBytes) {
	}

	record Step(Instant at, UUID by, String action, @Nullable String detail) {
	}
}
