package org.ejd.consent.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.consent.family.Family;
import org.ejd.consent.family.PersonAccess;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read a person's consent data (consents, history, delivery form, contacts, preferences) and when, from
 * platform's {@link ReadAuditLog}: for the school admin of a school the person is or was of (a student of it, a
 * guardian it registered or who represented one of its students) and the region operator of that school's region.
 */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = ReadAuditLog.MAX_LIMIT;

	private final ReadAuditLog log;

	private final PersonAccess access;

	private final Family family;

	ReadAudit(ReadAuditLog log, PersonAccess access, Family family) {
		this.log = log;
		this.access = access;
		this.family = family;
	}

	/**
	 * The reads of the person's data in [from, to] (school days; by default the last 30), oldest first, a page at a time.
	 * Other roles and other schools' or regions' callers: 403 as every school-wide consent read; a person who does not
	 * belong to the school: 404.
	 */
	@Transactional(readOnly = true)
	public ReadAuditLog.Reads reads(Caller caller, UUID schoolId, UUID personId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		PersonAccess.requireRole(caller, Role.SCHOOL_ADMIN, Role.REGION_OPERATOR);
		access.requireSchool(caller, schoolId);
		if (!family.everOf(personId, schoolId)) {
			throw Refusal.unknown("consent.person.not-found");
		}
		return log.reads(personId, from, to, access.today(schoolId), access.zoneOf(schoolId), "consent.reads.period-bad", cursor,
				limit);
	}
}
