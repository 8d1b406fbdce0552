package org.ejd.notification.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.notification.delivery.Messages;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What became of each message of a school, for its admin: status, the rule that suppressed it,
 * attempts and the last error, and whether it missed the seed 004 informing deadline (a mark
 * within 2 days, an absence within 1 day; a final mark within 24 hours, D9). No addresses.
 */
@Service
class DeliveryReport {

	static final int MAX_LIMIT = 500;

	private final JdbcClient jdbc;

	private final InformingPolicies policies;

	private final SchoolTime time;

	DeliveryReport(JdbcClient jdbc, InformingPolicies policies, SchoolTime time) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.time = time;
	}

	record Row(UUID id, UUID recipientId, @Nullable UUID studentId,
			@Schema(allowableValues = { "app", "email", "sms" }) String channel,
			@Schema(example = "mark") String kind,
			@Schema(allowableValues = { "QUEUED", "SENT", "DELIVERED", "FAILED", "SUPPRESSED", "CANCELLED" }) String status,
			@Schema(example = "paper-delivery") @Nullable String rule,
			int attempts, @Nullable String lastError, Instant occurredAt, Instant dueAt, @Nullable Instant sentAt, Instant deadline,
			boolean missedDeadline) {
	}

	@Transactional(readOnly = true)
	List<Row> of(Caller caller, UUID schoolId, @Nullable String status, boolean missedOnly, int limit) {
		InformingPolicies.requireAdmin(caller, schoolId);
		PageRequest.limit(limit, MAX_LIMIT);
		Instant now = time.now();
		InformingPolicies.Policy policy = policies.of(schoolId);
		List<Row> rows = jdbc.sql("select id, recipient_id, student_id, channel, kind, status, rule, attempts, last_error, occurred_at, "
				+ "due_at, sent_at from message where school_id = :school and channel <> 'app' "
				+ (status != null ? "and status = :status " : "") + "order by occurred_at desc, id limit :limit")
			.param("school", schoolId).param("status", status != null ? status.toUpperCase(java.util.Locale.ROOT) : null)
			.param("limit", limit)
			.query((rs, n) -> {
				Instant occurred = rs.getTimestamp("occurred_at").toInstant();
				java.sql.Timestamp sent = rs.getTimestamp("sent_at");
				String kind = rs.getString("kind");
				Instant deadline = occurred.plus(deadlineOf(kind, policy));
				String st = rs.getString("status");
				boolean told = "SENT".equals(st) || "DELIVERED".equals(st);
				boolean counts = told || "QUEUED".equals(st) || "FAILED".equals(st);
				Instant toldAt = sent != null ? sent.toInstant() : now;
				return new Row(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
						rs.getObject("student_id", UUID.class), rs.getString("channel"), kind, st, rs.getString("rule"), rs.getInt("attempts"),
						rs.getString("last_error"), occurred, rs.getTimestamp("due_at").toInstant(), sent != null ? sent.toInstant() : null,
						deadline, counts && toldAt.isAfter(deadline));
			})
			.list();
		return missedOnly ? rows.stream().filter(Row::missedDeadline).toList() : rows;
	}

	/** SMS of a school over a span of its days: messages and the segments billed for them (the cost). */
	record SmsUsage(java.time.LocalDate from, java.time.LocalDate to, int messages, int segments) {
	}

	@Transactional(readOnly = true)
	SmsUsage smsUsage(Caller caller, UUID schoolId, java.time.LocalDate from, java.time.LocalDate to) {
		InformingPolicies.requireAdmin(caller, schoolId);
		org.ejd.platform.time.DaySpan span = org.ejd.platform.time.DaySpan.of(from, to, "report.span");
		java.time.ZoneId zone = time.zone(schoolId);
		Instant start = span.from().atStartOfDay(zone).toInstant();
		Instant end = span.to().plusDays(1).atStartOfDay(zone).toInstant();
		return jdbc.sql("select count(*) as messages, coalesce(sum(segments), 0) as segments from message where school_id = ? "
				+ "and channel = 'sms' and status in ('SENT', 'DELIVERED', 'FAILED') and segments is not null and sent_at >= ? and sent_at < ?")
			.params(schoolId, Messages.ts(start), Messages.ts(end))
			.query((rs, n) -> new SmsUsage(span.from(), span.to(), rs.getInt("messages"), rs.getInt("segments"))).single();
	}

	/** The school's policy for marks and absences; final marks (D9) within 24 hours in every school. */
	private static Duration deadlineOf(String kind, InformingPolicies.Policy policy) {
		return switch (kind) {
			case "absent", "late" -> policy.absence();
			case "grade" -> Duration.ofHours(24);
			default -> policy.mark();
		};
	}
}
