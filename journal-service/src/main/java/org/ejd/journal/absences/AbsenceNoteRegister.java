package org.ejd.journal.absences;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading absence notes with their history: one note, a student's notes, a class's notes for its class teacher. */
@Service
public class AbsenceNoteRegister {

	static final int MAX_NOTES = 200;

	private final AbsenceNotes notes;

	private final AbsenceNoteAccess access;

	private final Directory directory;

	private final ClassBook classes;

	private final SchoolRoles roles;

	private final SchoolTime time;

	private final PersonalDataAudit audit;

	AbsenceNoteRegister(AbsenceNotes notes, AbsenceNoteAccess access, Directory directory, ClassBook classes, SchoolRoles roles,
			SchoolTime time, PersonalDataAudit audit) {
		this.notes = notes;
		this.access = access;
		this.directory = directory;
		this.classes = classes;
		this.roles = roles;
		this.time = time;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public AbsenceNoteView one(Caller caller, UUID noteId) {
		AbsenceNote note = notes.find(noteId).orElseThrow(() -> Refusal.unknown("journal.absence-note.not-found"));
		access.requireReader(caller, note);
		audit.read(caller, note.studentId(), "journal-absence-note");
		return view(note);
	}

	/** The student's notes, the latest days first: their guardians, the class teacher of their class, the administration. */
	@Transactional(readOnly = true)
	public List<AbsenceNoteView> ofStudent(Caller caller, UUID studentId) {
		UUID school = directory.schoolOfStudent(studentId).orElseThrow(() -> Refusal.unknown("journal.student.not-found"));
		Optional<UUID> classGroup = classes.classOf(studentId, time.today(school));
		access.requireStudentReader(caller, studentId, school, classGroup);
		audit.read(caller, studentId, "journal-absence-notes");
		return notes.ofStudent(studentId, MAX_NOTES).stream().map(this::view).toList();
	}

	/** A class's notes in the order they came ({@code status} filed, accepted, declined or all): its class teacher, the administration. */
	@Transactional(readOnly = true)
	public List<AbsenceNoteView> ofClassGroup(Caller caller, UUID classGroupId, String status) {
		var group = classes.find(classGroupId).orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		if (!roles.leadsOrAdministers(caller, group.schoolId(), classGroupId)) {
			throw Refusal.unknown("journal.class-group.not-found");
		}
		if (!List.of("filed", "accepted", "declined", "all").contains(status)) {
			throw Refusal.invalid("journal.absence-note.status");
		}
		List<AbsenceNoteView> list = notes.ofClassGroup(classGroupId, status.equals("all") ? null : status, MAX_NOTES).stream()
			.map(this::view).toList();
		audit.readAll(caller, list.stream().map(AbsenceNoteView::studentId).toList(), "journal-absence-notes");
		return list;
	}

	/** The note's paper for its readers. */
	@Transactional(readOnly = true)
	public AbsenceNotes.NoteFile file(Caller caller, UUID noteId) {
		AbsenceNote note = notes.find(noteId).orElseThrow(() -> Refusal.unknown("journal.absence-note.not-found"));
		access.requireReader(caller, note);
		audit.read(caller, note.studentId(), "journal-absence-note-file");
		return notes.file(noteId).orElseThrow(() -> Refusal.unknown("journal.absence-note.no-file"));
	}

	private AbsenceNoteView view(AbsenceNote note) {
		List<AbsenceNotes.Step> history = notes.history(note.id());
		List<UUID> excused = history.stream().filter(s -> s.action().equals("excused") && s.detail() != null)
			.flatMap(s -> Arrays.stream(detail(s)).map(UUID::fromString)).toList();
		return AbsenceNoteView.of(note, notes.fileMeta(note.id()).orElse(null), excused, history);
	}

	private static String[] detail(AbsenceNotes.Step step) {
		@Nullable String detail = step.detail();
		return detail == null ? new String[0] : detail.split(",");
	}
}
