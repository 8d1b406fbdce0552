package org.ejd.diary.family;

import java.util.List;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyController {

	private final Family family;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	FamilyController(Family family, PersonalDataAudit audit, SchoolTime time) {
		this.family = family;
		this.audit = audit;
		this.time = time;
	}

	/** The students whose diaries the caller may read: a guardian's children, or a student themselves. */
	@GetMapping("/api/diary/me/students")
	List<Family.StudentCard> myStudents() {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		List<Family.StudentCard> students = caller.has(Role.GUARDIAN) ? family.representedBy(caller.person(), time::today)
				: caller.has(Role.STUDENT) ? family.student(caller.person()) : List.of();
		students.forEach(student -> audit.read(caller, student.id(), "student-card"));
		return students;
	}
}
