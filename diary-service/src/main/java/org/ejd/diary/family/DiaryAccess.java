package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.UUID;

import java.sql.Timestamp;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.ejd.platform.jdbc.Representations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.ejd.platform.audit.AuditConnections;
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

	/**
	 * One statement per read (issue 13): whether the caller is the student or represents them on the school's day
	 * ({@link Representations#ACTIVE_ON}, the one rule), whether processing is refused (C1), and, only when both allow,
	 * the row of the persistent read audit (152-FZ), written by the same statement.
	 */
	private static final String CHECK_AND_AUDIT = """
			with decision as (
			  select :self or (cast(:guardian as uuid) is not null and exists (select 1 from representation r
			      where r.guardian_id = cast(:guardian as uuid) and r.student_id = :student and {ACTIVE_ON})) as reader,
			    coalesce((select not c.processing_allowed from consent_state c where c.person_id = :student), false) as refused),
			audited as (
			  insert into read_audit (read_at, reader, client_id, roles, student_id, what)
			  select :readAt, :readerId, :clientId, :roles, :student, :what from decision where reader and not refused
			  returning id)
			select reader, refused{ALSO} from decision""".replace("{ACTIVE_ON}", Representations.ACTIVE_ON);

	private final Family family;

	private final SchoolTime time;

	private final JdbcClient jdbc;

	private final AuditConnections auditConnections;

	/** The statement for each selected value (and "" for none): made once, not for every read. */
	private final Map<String, String> statements = new ConcurrentHashMap<>();

	DiaryAccess(Family family, SchoolTime time, JdbcClient jdbc, AuditConnections auditConnections) {
		this.family = family;
		this.time = time;
		this.jdbc = jdbc;
		this.auditConnections = auditConnections;
	}

	/**
	 * The current caller, once they may read the student's diary and the student's data may be processed electronically
	 * (C1: a refusal answers 403 with the reason, after the 404 of a stranger); the read is audit-logged (152-FZ) by the
	 * same statement that decides, so an allowed read costs one round trip before its data.
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
		// inside a use case's read-only transaction the audit row needs a transaction of its own, on a connection of its own
		// (docs/adr/0076: never a second one of the pool the read holds one of); elsewhere none at all
		boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		String reader = caller.personId() != null ? caller.personId().toString() : caller.subject();
		String roles = caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		Decision decision = readOnly
				? auditConnections.inOwnTransaction(own -> decide(own, reader, caller.clientId(), roles, self, guardian, studentId, what, select))
				: decide(jdbc, reader, caller.clientId(), roles, self, guardian, studentId, what, select);
		if (decision == null || !decision.reader()) {
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
		String region = jdbc.sql("select sc.region_code from student s join school sc on sc.id = s.school_id where s.id = ?")
			.param(studentId).query(String.class).optional().orElse(null);
		if (region == null || !regions.contains(region)) {
			throw Refusal.unknown("diary.student.not-found");
		}
		boolean self = person.equals(studentId);
		String roles = portal.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(","));
		boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		Decision decision = readOnly
				? auditConnections.inOwnTransaction(own -> decide(own, portal.clientId(), portal.clientId(), roles, self, person, studentId, what, null))
				: decide(jdbc, portal.clientId(), portal.clientId(), roles, self, person, studentId, what, null);
		if (decision == null || !decision.reader()) {
			throw Refusal.unknown("diary.student.not-found");
		}
		if (decision.refused()) {
			throw Refusal.notAllowed("diary.consent.refused");
		}
	}

	private Decision decide(JdbcClient on, String reader, String clientId, String roles, boolean self, @Nullable UUID guardian,
			UUID studentId, String what, @Nullable String select) {
		return on.sql(statements.computeIfAbsent(select == null ? "" : select,
				also -> CHECK_AND_AUDIT.replace("{ALSO}", also.isEmpty() ? "" : ", (" + also + ") as selected")))
			.param("self", self).param("guardian", guardian, java.sql.Types.OTHER).param("student", studentId)
			.param("day", today(studentId)).param("readAt", Timestamp.from(time.now()))
			.param("readerId", reader)
			.param("clientId", clientId)
			.param("roles", roles)
			.param("what", what)
			.query((rs, row) -> new Decision(rs.getBoolean("reader"), rs.getBoolean("refused"), select == null ? null : rs.getString("selected")))
			.single();
	}

	private record Decision(boolean reader, boolean refused, @Nullable String selected) {
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
