package org.ejd.journal.audit;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.RegionOperators;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.audit.ReadAuditLog;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read a student's journal data, when, through which client and what (platform's {@link ReadAuditLog} over the
 * journal's {@code read_audit}), for the school admin of the student's school and the region operator of its region.
 * The journal's refusals as for its other admin-only lists: 404 for someone of another school, 403 for the school's
 * other staff and for an operator of another region.
 */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = ReadAuditLog.MAX_LIMIT;

	private final ReadAuditLog log;

	private final RegionOperators access;

	private final Directory directory;

	private final SchoolTime time;

	ReadAudit(ReadAuditLog log, RegionOperators access, Directory directory, SchoolTime time) {
		this.log = log;
		this.access = access;
		this.directory = directory;
		this.time = time;
	}

	/** The reads of one student of the school in [from, to] (the school's days; by default the last 30), oldest first. */
	@Transactional(readOnly = true)
	public ReadAuditLog.Reads reads(Caller caller, UUID schoolId, UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		access.requireSchoolAdminOrRegion(caller, schoolId);
		if (!directory.schoolOfStudent(studentId).filter(schoolId::equals).isPresent()) {
			throw Refusal.unknown("journal.student.not-found");
		}
		return log.reads(studentId, from, to, time.today(schoolId), time.zone(schoolId), "journal.period.bad", cursor, limit);
	}
}
