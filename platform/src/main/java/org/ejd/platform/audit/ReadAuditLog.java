package org.ejd.platform.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.web.paging.Cursor;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reads kept in a service's {@code read_audit}: who read a student's data, when, through which client, and what
 * (152-FZ). It answers without asking who may see them: each service's own use case decides that (the school admin of
 * the student's school, the region operator of its region) before it asks here.
 */
public class ReadAuditLog {

	/** The most reads one page holds; 50 when the caller names no limit. */
	public static final int MAX_LIMIT = 200;

	public static final int DEFAULT_LIMIT = 50;

	/** How many days back a list without {@code from} reaches. */
	public static final int DEFAULT_DAYS = 30;

	private final JdbcClient jdbc;

	public ReadAuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reads of one person's data on the school's days [{@code from}, {@code to}] in its {@code zone}, by default the
	 * 30 days up to {@code today}, oldest first, a page at a time; a span backwards or longer than {@link DaySpan} allows is
	 * refused (400) with the service's own message {@code badSpan}.
	 */
	public Reads reads(UUID whose, @Nullable LocalDate from, @Nullable LocalDate to, LocalDate today, ZoneId zone, String badSpan,
			@Nullable String cursor, @Nullable Integer limit) {
		LocalDate end = to != null ? to : today;
		LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS);
		DaySpan.of(start, end, badSpan);
		return reads(whose, start.atStartOfDay(zone).toInstant(), end.plusDays(1).atStartOfDay(zone).toInstant(), cursor, limit);
	}

	/** The reads of one student's data in [{@code from}, {@code until}), oldest first, a page at a time. */
	public Reads reads(UUID studentId, Instant from, Instant until, @Nullable String cursor, @Nullable Integer limit) {
		PageRequest request = PageRequest.of(limit, cursor, 1, DEFAULT_LIMIT, MAX_LIMIT);
		long after = request.after() == null ? 0 : parseId(request.after());
		List<Read> rows = jdbc.sql("""
				select id, read_at, reader, client_id, roles, what from read_audit
				where student_id = ? and read_at >= ? and read_at < ? and id > ? order by id limit ?""")
			.params(studentId, Timestamp.from(from), Timestamp.from(until), after, request.fetchSize())
			.query(Read.class).list();
		Page<Read> page = Page.of(rows, request, read -> Cursor.of(read.id()));
		return new Reads(page.items(), page.next() == null ? null : page.next().encode());
	}

	/** Who has read the student's data: each client and role set with what it read and when last (152-FZ art. 14). */
	public List<Recipient> recipientsOf(UUID studentId) {
		return jdbc.sql("""
				select coalesce(client_id, '') as client_id, roles, what, count(*) as reads, max(read_at) as last_read_at
				from read_audit where student_id = ? group by client_id, roles, what order by client_id, roles, what""")
			.param(studentId).query(Recipient.class).list();
	}

	/** The latest reads one reader made of the student's data (the reader's own part of an export), newest first. */
	public List<Read> readsBy(String reader, UUID studentId, int max) {
		return jdbc.sql("""
				select id, read_at, reader, client_id, roles, what from read_audit where student_id = ? and reader = ?
				order by id desc limit ?""")
			.params(studentId, reader, max).query(Read.class).list();
	}

	private static long parseId(Cursor cursor) {
		try {
			return Long.parseLong(cursor.part(0));
		}
		catch (NumberFormatException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	/** One kept read. */
	public record Read(long id, OffsetDateTime readAt, String reader, @Nullable String clientId, String roles, String what) {
	}

	/** A page of reads and the cursor of the next one (none on the last page). */
	public record Reads(List<Read> items, @Nullable String nextCursor) {
	}

	/** One recipient of a student's data: a client with a role set, what it read, how often, when last. */
	public record Recipient(String clientId, String roles, String what, long reads, OffsetDateTime lastReadAt) {
	}
}
