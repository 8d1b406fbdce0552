package org.ejd.diary.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.Family;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who read a student's diary data and when, for the school admin of the student's school; and the recipients for the family. */
@Service
public class ReadAudit {

	public static final int MAX_LIMIT = 200;

	private final JdbcClient jdbc;

	private final Family family;

	private final SchoolTime time;

	ReadAudit(JdbcClient jdbc, Family family, SchoolTime time) {
		this.jdbc = jdbc;
		this.family = family;
		this.time = time;
	}

	/** A school admin of that school lists the reads of one of its students, oldest first; everyone else gets 404. */
	@Transactional(readOnly = true)
	public Page reads(Caller caller, UUID schoolId, UUID studentId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String cursor, int limit) {
		if (!caller.has(Role.SCHOOL_ADMIN) || !caller.actsIn(schoolId)) {
			throw Refusal.unknown("diary.school.not-found");
		}
		if (family.student(studentId).stream().noneMatch(s -> s.schoolId().equals(schoolId))) {
			throw Refusal.unknown("diary.student.not-found");
		}
		PageRequest.limit(limit, MAX_LIMIT);
		LocalDate end = to != null ? to : time.today(schoolId);
		LocalDate start = from != null ? from : end.minusDays(30);
		DaySpan.of(start, end, "diary.period.bad");
		ZoneId zone = time.zone(schoolId);
		long after = cursor == null ? 0 : parse(cursor);
		List<Read> reads = jdbc.sql("""
				select id, read_at, reader, client_id, roles, what from read_audit
				where student_id = ? and read_at >= ? and read_at < ? and id > ? order by id limit ?""")
			.params(studentId, Timestamp.from(start.atStartOfDay(zone).toInstant()),
					Timestamp.from(end.plusDays(1).atStartOfDay(zone).toInstant()), after, limit + 1)
			.query(Read.class).list();
		String next = null;
		if (reads.size() > limit) {
			reads = reads.subList(0, limit);
			next = Base64.getUrlEncoder().withoutPadding()
				.encodeToString(Long.toString(reads.getLast().id()).getBytes(StandardCharsets.UTF_8));
		}
		return new Page(reads, next);
	}

	/** Who has read the student's data: each client and role set with what it read and when last (152-FZ art. 14 recipients). */
	@Transactional(readOnly = true)
	public List<Recipient> recipientsOf(UUID studentId) {
		return jdbc.sql("""
				select coalesce(client_id, '') as client_id, roles, what, count(*) as reads, max(read_at) as last_read_at
				from read_audit where student_id = ? group by client_id, roles, what order by client_id, roles, what""")
			.param(studentId).query(Recipient.class).list();
	}

	/** The reads a person made of the student's data (the caller's own part of an export). */
	@Transactional(readOnly = true)
	public List<Read> readsBy(String reader, UUID studentId, int max) {
		return jdbc.sql("""
				select id, read_at, reader, client_id, roles, what from read_audit where student_id = ? and reader = ?
				order by id desc limit ?""")
			.params(studentId, reader, max).query(Read.class).list();
	}

	private static long parse(String cursor) {
		try {
			return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("diary.reads.bad-cursor");
		}
	}

	public record Read(long id, OffsetDateTime readAt, String reader, @Nullable String clientId, String roles, String what) {
	}

	public record Page(List<Read> items, @Nullable String nextCursor) {
	}

	public record Recipient(String clientId, String roles, String what, long reads, OffsetDateTime lastReadAt) {
	}
}
