package org.ejd.oneroster.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read a student's data through OneRoster, when, through which client and what (platform's {@link ReadAuditLog}
 * over oneroster's {@code read_audit}), for the school admin of the student's school and the region operator of its
 * region (ADR 0063). Refused as oneroster refuses its CSV: a person who is neither gets 404 {@code unknownobject}, as
 * for a school they may not know; a OneRoster client (no person) 403 {@code forbidden}: clients are the readers here,
 * never the auditors.
 */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = ReadAuditLog.MAX_LIMIT;

	private final ReadAuditLog log;

	private final JdbcClient jdbc;

	private final SchoolTime time;

	ReadAudit(ReadAuditLog log, JdbcClient jdbc, SchoolTime time) {
		this.log = log;
		this.jdbc = jdbc;
		this.time = time;
	}

	/** The reads of one student of the school in [from, to] (the school's days; by default the last 30), oldest first. */
	@Transactional(readOnly = true)
	public ReadAuditLog.Reads reads(Caller caller, UUID schoolId, UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		if (caller.personId() == null) {
			throw Refusal.notAllowed("oneroster.reads.people-only");
		}
		School school = jdbc.sql("select region_code, time_zone from school where id = ?").param(schoolId).query(School.class)
			.optional().orElseThrow(() -> Refusal.unknown("oneroster.unknown", "org", schoolId));
		boolean admin = caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId);
		boolean region = caller.has(Role.REGION_OPERATOR) && school.regionCode() != null && caller.serves(school.regionCode());
		if (!admin && !region) {
			throw Refusal.unknown("oneroster.unknown", "org", schoolId);
		}
		boolean student = jdbc.sql("select count(*) from person where id = ? and school_id = ? and kind = 'student'")
			.params(studentId, schoolId).query(Integer.class).single() > 0;
		if (!student) {
			throw Refusal.unknown("oneroster.unknown", "user", studentId);
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw Refusal.invalid("oneroster.reads.limit", MAX_LIMIT);
		}
		ZoneId zone = SchoolTime.parseZone(school.timeZone()).orElse(time.defaultZone());
		return log.reads(studentId, from, to, time.today(zone), zone, "oneroster.reads.span", cursor, limit);
	}

	record School(@Nullable String regionCode, @Nullable String timeZone) {
	}
}
