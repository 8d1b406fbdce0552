package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.diary.consent.Consents;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Callers;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.refusal.Refusal;
import org.springframework.stereotype.Component;

/**
 * Who may read a student's diary: the student, and the guardians who represent them today.
 * Everyone else gets 404, so a refusal never tells whether the student exists.
 */
@Component
public class DiaryAccess {

	private final Family family;

	private final PersonalDataAudit audit;

	private final SchoolTime time;

	private final Consents consents;

	DiaryAccess(Family family, PersonalDataAudit audit, SchoolTime time, Consents consents) {
		this.family = family;
		this.audit = audit;
		this.time = time;
		this.consents = consents;
	}

	/**
	 * The current caller, once they may read the student's diary and the student's data may be processed electronically
	 * (C1: a refusal answers 403 with the reason, after the 404 of a stranger); the read is audit-logged (152-FZ).
	 */
	public Caller read(UUID studentId, String what) {
		Caller caller = Callers.current();
		requireReader(caller, studentId);
		consents.requireProcessingAllowed(studentId);
		audit.read(caller, studentId, what);
		return caller;
	}

	/** A span of days a diary view is asked for: start not after end, at most {@link DaySpan#MAX_DAYS} days. */
	public static void checkSpan(LocalDate start, LocalDate end) {
		DaySpan.of(start, end, "diary.period.bad");
	}

	/** The student's school day today: default ranges and "today" follow the school's time zone. */
	public LocalDate today(UUID studentId) {
		return family.student(studentId).stream().findFirst()
			.map(student -> time.today(student.schoolId()))
			.orElseGet(() -> time.today(time.defaultZone()));
	}

	public void requireReader(Caller caller, UUID studentId) {
		boolean self = caller.has(Role.STUDENT) && caller.is(studentId);
		boolean guardian = caller.has(Role.GUARDIAN) && caller.personId() != null && family.represents(caller.person(), studentId, today(studentId));
		if (!self && !guardian) {
			throw Refusal.unknown("diary.student.not-found");
		}
	}
}
