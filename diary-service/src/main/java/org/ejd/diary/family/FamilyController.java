package org.ejd.diary.family;

import java.util.List;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyController {

	private final Family family;

	private final PersonalDataAudit audit;

	FamilyController(Family family, PersonalDataAudit audit) {
		this.family = family;
		this.audit = audit;
	}

	/** The students whose diaries the caller may read: a guardian's children, or a student themselves. */
	@GetMapping("/api/diary/me/students")
	List<Family.StudentCard> myStudents() {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		List<Family.StudentCard> students = caller.has(Role.GUARDIAN) ? family.representedBy(caller.person())
				: caller.has(Role.STUDENT) ? family.student(caller.person()) : List.of();
		students.forEach(student -> audit.read(caller, student.id(), "student-card"));
		return students;
	}
}
