package org.ejd.diary.family;

import java.util.List;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class FamilyController {

	private final Family family;

	FamilyController(Family family) {
		this.family = family;
	}

	/** The students whose diaries the caller may read: a guardian's children, or a student themselves. */
	@GetMapping("/api/diary/me/students")
	List<Family.StudentCard> myStudents() {
		Caller caller = Callers.current();
		if (caller.personId() == null) {
			return List.of();
		}
		if (caller.has(Role.GUARDIAN)) {
			return family.representedBy(caller.person());
		}
		return caller.has(Role.STUDENT) ? family.student(caller.person()) : List.of();
	}
}
