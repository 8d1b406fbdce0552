package org.ejd.diary.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.Family;
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
 * Who read a student's diary data and when (platform's {@link ReadAuditLog}), for the school admin of the student's
 * school and the region operator of its region; and the recipients for the family.
 */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = ReadAuditLog.MAX_LIMIT;

	private final ReadAuditLog log;

	private final JdbcClient jdbc;

	private final Family family;

	private final SchoolTime time;

	ReadAudit(ReadAuditLog log, JdbcClient jdbc, Family family, SchoolTime time) {
		this.log = log;
		this.jdbc = jdbc;
		this.family = family;
		this.time = time;
	}

	/** The school's admin or its region's operator lists the reads of one of its students, oldest first; everyone else gets 404. */
	@Transactional(readOnly = true)
	public ReadAuditLog.Reads reads(Caller caller, UUID schoolId, UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		if (!(caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId)) && !servesAsRegionOperator(caller, schoolId)) {
			throw Refusal.unknown("diary.school.not-found");
		}
		if (family.student(studentId).stream().noneMatch(s -> s.schoolId().equals(schoolId))) {
			throw Refusal.unknown("diary.student.not-found");
		}
		return log.reads(studentId, from, to, time.today(schoolId), time.zone(schoolId), "diary.period.bad", cursor, limit);
	}

	/** Who has read the student's data: each client and role set with what it read and when last (152-FZ art. 14 recipients). */
	@Transactional(readOnly = true)
	public List<ReadAuditLog.Recipient> recipientsOf(UUID studentId) {
		return log.recipientsOf(studentId);
	}

	/** The reads a person made of the student's data (the caller's own part of an export). */
	@Transactional(readOnly = true)
	public List<ReadAuditLog.Read> readsBy(String reader, UUID studentId, int max) {
		return log.readsBy(reader, studentId, max);
	}

	private boolean servesAsRegionOperator(Caller caller, UUID schoolId) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			return false;
		}
		return jdbc.sql("select region_code from school where id = ?").param(schoolId).query(String.class).optional()
			.filter(caller::serves).isPresent();
	}
}
