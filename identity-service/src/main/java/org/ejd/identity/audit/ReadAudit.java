package org.ejd.identity.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read a person's data in identity (applications, accounts, printed forms and letters, portal links, the list of
 * guardians without consent) and when, from platform's {@link ReadAuditLog}: for the school's admin and the operator
 * of its region, as every school registry ({@link SchoolAccess#requireManager}), about a person of the school: its
 * student or staff member, a guardian it registered or who ever represented one of its students.
 */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = ReadAuditLog.MAX_LIMIT;

	private final ReadAuditLog log;

	private final SchoolAccess access;

	private final JdbcClient jdbc;

	private final SchoolTime time;

	ReadAudit(ReadAuditLog log, SchoolAccess access, JdbcClient jdbc, SchoolTime time) {
		this.log = log;
		this.access = access;
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The reads of the person's data in [from, to] (the school's days; by default the last 30), oldest first, a page at a time. */
	@Transactional(readOnly = true)
	public ReadAuditLog.Reads reads(Caller caller, UUID schoolId, UUID personId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		access.requireManager(caller, schoolId);
		if (!ofSchool(personId, schoolId)) {
			throw Refusal.unknown("identity.person.not-found");
		}
		return log.reads(personId, from, to, time.today(schoolId), time.zone(schoolId), "identity.reads.period-bad", cursor, limit);
	}

	/** The past counts too: an audit asks about reads made while the person belonged to the school. */
	private boolean ofSchool(UUID personId, UUID schoolId) {
		return jdbc.sql("""
				select exists (select 1 from person where id = :person and school_id = :school)
				  or exists (select 1 from staff_role where person_id = :person and school_id = :school)
				  or exists (select 1 from representation r join person s on s.id = r.student_id
				             where r.guardian_id = :person and s.school_id = :school)""")
			.param("person", personId).param("school", schoolId).query(Boolean.class).single();
	}
}
