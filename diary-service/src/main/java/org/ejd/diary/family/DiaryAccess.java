package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
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

	private final PersonalDataAudit audit;

	DiaryAccess(Family family, PersonalDataAudit audit) {
		this.family = family;
		this.audit = audit;
	}

	/** The current caller, once they may read the student's diary; the read is audit-logged (152-FZ). */
	public Caller read(UUID studentId, String what) {
		Caller caller = Callers.current();
		requireReader(caller, studentId);
		audit.read(caller, studentId, what);
		return caller;
	}

	/** A span of days a diary view is asked for: start not after end, at most 400 days. */
	public static void checkSpan(LocalDate start, LocalDate end) {
		if (start.isAfter(end) || start.plusDays(400).isBefore(end)) {
			throw ApiException.badRequest("diary.period.bad");
		}
	}

	public void requireReader(Caller caller, UUID studentId) {
		boolean self = caller.has(Role.STUDENT) && caller.is(studentId);
		boolean guardian = caller.has(Role.GUARDIAN) && caller.personId() != null && family.represents(caller.person(), studentId);
		if (!self && !guardian) {
			throw ApiException.notFound("diary.student.not-found");
		}
	}
}
