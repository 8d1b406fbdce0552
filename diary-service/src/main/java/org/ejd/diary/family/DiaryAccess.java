package org.ejd.diary.family;

import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who may read a student's diary: the student, and the guardians who represent them today.
 * Everyone else gets 404, so a refusal never tells whether the student exists.
 */
@Component
public class DiaryAccess {

	private final Family family;

	DiaryAccess(Family family) {
		this.family = family;
	}

	public void requireReader(Caller caller, UUID studentId) {
		boolean self = caller.has(Role.STUDENT) && caller.is(studentId);
		boolean guardian = caller.has(Role.GUARDIAN) && caller.personId() != null && family.represents(caller.person(), studentId);
		if (!self && !guardian) {
			throw ApiException.notFound("diary.student.not-found");
		}
	}
}
