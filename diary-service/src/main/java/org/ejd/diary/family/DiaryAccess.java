package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.UUID;

import java.util.stream.Collectors;

import org.ejd.diary.family.ReadDecisions.Decision;
import org.ejd.diary.family.ReadDecisions.Question;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
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

	private final SchoolTime time;

	private final JdbcClient jdbc;

	private final ReadDecisions decisions;

	DiaryAccess(Family family, SchoolTime time, JdbcClient jdbc, ReadDecisions decisions) {
		this.family = family;
		this.time = time;
		this.jdbc = jdbc;
		this.decisions = decisions;
	}

	/**
	 * The current caller, once they may read the student's diary and the student's data may be processed electronically
	 * (C1: a refusal answers 403 with the reason, after the 404 of a stranger); the read is audit-logged (152-FZ) by the
	 * same statement that decides, so an allowed read costs one round trip before its data, which it shares with the
	 * reads of the same moment (ADR 0089).
	 */
	public Caller read(UUID studentId, String what) {
		read(studentId, what, null);
		return Callers.current();
	}

	/**
	 * {@link #read(UUID, String)}, and in the same statement a value the read's use case selects about the student:
	 * {@code select} is an SQL expression of text over the parameter {@code :student} (the week's stamp, ADR 0081), read
	 * before any of the use case's own data, in the same round trip as the check.
	 */
	public @Nullable String readSelecting(UUID studentId, String what, String select) {
		return read(studentId, what, select);
	}

	private @Nullable String read(UUID studentId, String what, @Nullable String select) {
		Caller caller = Callers.current();
		boolean self = caller.has(Role.STUDENT) && caller.is(studentId);
		UUID guardian = caller.has(Role.GUARDIAN) ? caller.personId() : null;
		if (!self && guardian == null) {
			throw Refusal.unknown("diary.student.not-found");
		}
		String reader = caller.personId() != null ? caller.personId().toString() : caller.subject();
		String roles = caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		Decision decision = decide(new Question(self, guardian, studentId, today(studentId), time.now(), reader, caller.clientId(),
				roles, what, select));
		if (!decision.reader()) {
			throw Refusal.unknown("diary.student.not-found");
		}
		if (decision.refused()) {
			throw Refusal.notAllowed("diary.consent.refused");
		}
		return decision.selected();
	}

	/**
	 * A regional portal reads for its linked user {@code person} (issue 15): what that person may read as student or
	 * guardian, of students of the schools in the portal's regions only; the audit names the portal client as the reader.
	 */
	public void readForPortal(Caller portal, UUID person, UUID studentId, String what, java.util.Set<String> regions) {
		readForPortalSelecting(portal, person, studentId, what, regions, null);
	}

	/**
	 * {@link #readForPortal}, and in the statement of its check a value the read's use case selects about the student, as
	 * {@link #readSelecting} (the week's stamp, ADR 0081).
	 */
	public @Nullable String readForPortalSelecting(Caller portal, UUID person, UUID studentId, String what,
			java.util.Set<String> regions, @Nullable String select) {
		String region = jdbc.sql("select sc.region_code from student s join school sc on sc.id = s.school_id where s.id = ?")
			.param(studentId).query(String.class).optional().orElse(null);
		if (region == null || !regions.contains(region)) {
			throw Refusal.unknown("diary.student.not-found");
		}
		boolean self = person.equals(studentId);
		String roles = portal.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		Decision decision = decide(new Question(self, person, studentId, today(studentId), time.now(), portal.clientId(),
				portal.clientId(), roles, what, select));
		if (!decision.reader()) {
			throw Refusal.unknown("diary.student.not-found");
		}
		if (decision.refused()) {
			throw Refusal.notAllowed("diary.consent.refused");
		}
		return decision.selected();
	}

	/**
	 * With the reads of the same moment, in one statement on the audit pool (ADR 0089); inside a use case's writing
	 * transaction, in that transaction, whose audit row commits or rolls back with it.
	 */
	private Decision decide(Question question) {
		boolean writing = TransactionSynchronizationManager.isActualTransactionActive()
				&& !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		return writing ? decisions.decideHere(jdbc, question) : decisions.decide(question);
	}

	/** A span of days a diary view is asked for: start not after end, at most {@link DaySpan#MAX_DAYS} days. */
	public static void checkSpan(LocalDate start, LocalDate end) {
		DaySpan.of(start, end, "diary.period.bad");
	}

	/** The student's school day today: default ranges and "today" follow the school's time zone. */
	public LocalDate today(UUID studentId) {
		return time.today(family.zoneOfStudent(studentId).orElseGet(time::defaultZone));
	}

	public void requireReader(Caller caller, UUID studentId) {
		boolean self = caller.has(Role.STUDENT) && caller.is(studentId);
		boolean guardian = caller.has(Role.GUARDIAN) && caller.personId() != null && family.represents(caller.person(), studentId, today(studentId));
		if (!self && !guardian) {
			throw Refusal.unknown("diary.student.not-found");
		}
	}
}
