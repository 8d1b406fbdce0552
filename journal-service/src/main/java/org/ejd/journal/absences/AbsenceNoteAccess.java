package org.ejd.journal.absences;

import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Component;

/**
 * Who may do what with absence notes: a guardian representing the student today (the journal's own projection of
 * identity's representations) files and reads them; the class teacher of the note's class decides; the school's
 * administration reads. Everyone else gets 404, so a refusal never tells whether a student or a note exists.
 */
@Component
class AbsenceNoteAccess {

	private final Directory directory;

	private final SchoolRoles roles;

	private final SchoolTime time;

	AbsenceNoteAccess(Directory directory, SchoolRoles roles, SchoolTime time) {
		this.directory = directory;
		this.roles = roles;
		this.time = time;
	}

	/** The student's school, once the caller is a guardian representing the student on the school's today; else 404. */
	UUID requireGuardian(Caller caller, UUID studentId) {
		UUID school = directory.schoolOfStudent(studentId).orElseThrow(() -> Refusal.unknown("journal.student.not-found"));
		if (!isGuardian(caller, studentId, school)) {
			throw Refusal.unknown("journal.student.not-found");
		}
		return school;
	}

	boolean isGuardian(Caller caller, UUID studentId, UUID schoolId) {
		return caller.has(Role.GUARDIAN) && caller.personId() != null
				&& directory.represents(caller.person(), studentId, time.today(schoolId));
	}

	/** The note's guardians, its class teacher and its school's administration read it; else 404. */
	void requireReader(Caller caller, AbsenceNote note) {
		if (!isGuardian(caller, note.studentId(), note.schoolId()) && !roles.leads(caller, note.classGroupId())
				&& !roles.administers(caller, note.schoolId())) {
			throw Refusal.unknown("journal.absence-note.not-found");
		}
	}

	/** Only the class teacher of the note's class decides; a reader who is not gets 403, anyone else 404. */
	void requireClassTeacher(Caller caller, AbsenceNote note) {
		requireReader(caller, note);
		if (!roles.leads(caller, note.classGroupId())) {
			throw Refusal.notAllowed("journal.absence-note.class-teacher-only");
		}
	}

	/** A student's notes: their guardians, the class teacher of the student's class, the school's administration. */
	void requireStudentReader(Caller caller, UUID studentId, UUID schoolId, java.util.Optional<UUID> classGroupId) {
		if (!isGuardian(caller, studentId, schoolId) && !roles.administers(caller, schoolId)
				&& classGroupId.filter(group -> roles.leads(caller, group)).isEmpty()) {
			throw Refusal.unknown("journal.student.not-found");
		}
	}
}
