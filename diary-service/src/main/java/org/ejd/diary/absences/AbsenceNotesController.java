package org.ejd.diary.absences;

import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AbsenceNotesController {

	private final AbsenceNotes notes;

	private final DiaryAccess access;

	AbsenceNotesController(AbsenceNotes notes, DiaryAccess access) {
		this.notes = notes;
		this.access = access;
	}

	/** The student's absence notes and their state (filed, accepted, declined with the reason), for those who read the diary. */
	@GetMapping("/api/diary/students/{studentId}/absence-notes")
	List<AbsenceNotes.NoteView> notes(@PathVariable UUID studentId) {
		access.read(studentId, "absence-notes");
		return notes.of(studentId);
	}
}
