package org.ejd.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The message table: every decision, the outbox of pending sends, and what became of each. */
@Repository
public class Messages {

	private static final TypeReference<Map<String, String>> VARIABLES = new TypeReference<>() {
	};

	private static final String COLUMNS = "id, source_event_id, source_id, recipient_id, channel, kind, student_id, school_id, payload, "
			+ "language, status, rule, digest, occurred_at, due_at, attempts, last_error, created_at, sent_at, read_at";

	/** The first key of the advisory locks that order a receipt and the write of its message (ADR 0088). */
	private static final int RECEIPT_LOCKS = 8_801;

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	private final ObjectMapper json;

	private final SendMetrics metrics;

	public Messages(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper json, SendMetrics metrics) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
		this.json = json;
		this.metrics = metrics;
	}

	/** Records a decision once per source event, recipient and channel; false when it was already taken. */
	boolean decide(Message m) {
		return decideAll(List.of(m)) == 1;
	}

	/**
	 * Records decisions in one JDBC batch (one round trip), each once per source event, recipient and channel; answers how many
	 * were new.
	 */
	int decideAll(List<Message> decided) {
		if (decided.isEmpty()) {
			return 0;
		}
		int[][] counts = jdbcTemplate.batchUpdate("insert into message (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
				+ "0, null, ?, ?, null) on conflict (source_event_id, recipient_id, channel) do nothing", decided, decided.size(), (ps, m) -> {
					ps.setObject(1, m.id());
					ps.setObject(2, m.sourceEventId());
					ps.setObject(3, m.sourceId());
					ps.setObject(4, m.recipientId());
					ps.setString(5, m.channel());
					ps.setString(6, m.kind());
					ps.setObject(7, m.studentId());
					ps.setObject(8, m.schoolId());
					ps.setString(9, json.writeValueAsString(m.variables()));
					ps.setString(10, m.language());
					ps.setString(11, m.status().name());
					ps.setString(12, m.rule());
					ps.setBoolean(13, m.digest());
					ps.setObject(14, ts(m.occurredAt()));
					ps.setObject(15, ts(m.dueAt()));
					ps.setObject(16, ts(m.createdAt()));
					ps.setObject(17, m.sentAt() != null ? ts(m.sentAt()) : null);
				});
		int taken = 0;
		for (int i = 0; i < decided.size(); i++) {
			if (counts[0][i] == 1) {
				counted(decided.get(i));
				taken++;
			}
		}
		return taken;
	}

	private void counted(Message m) {
		switch (m.status()) {
			case SENT -> {
				// in the feed it is sent by being decided; an email or SMS decided as SENT (a secret delivered at once) counts in sent()
				if ("app".equals(m.channel())) {
					metrics.count(m.channel(), SendMetrics.Outcome.SENT, null);
				}
			}
			case SUPPRESSED -> metrics.count(m.channel(), SendMetrics.Outcome.SUPPRESSED, m.rule());
			case FAILED -> metrics.count(m.channel(), SendMetrics.Outcome.FAILED, null);
			default -> {
			}
		}
	}

	/**
	 * Records the lesson's homework as told; true when it is new or differs from what was told before
	 * (a lesson re-recorded with the same homework, or an older version, tells nothing).
	 */
	boolean homeworkChanged(UUID lessonId, String homework, java.time.@Nullable LocalDate due, long version) {
		return jdbc.sql("""
				insert into lesson_homework (lesson_id, homework, homework_due, version) values (?, ?, ?, ?)
				on conflict (lesson_id) do update set homework = excluded.homework, homework_due = excluded.homework_due,
				  version = excluded.version
				where lesson_homework.version < excluded.version
				  and (lesson_homework.homework <> excluded.homework
				    or lesson_homework.homework_due is distinct from excluded.homework_due)""")
			.params(lessonId, homework, due, version).update() == 1;
	}

	/**
	 * Records the pass as the one told for the student, day and direction (ADR 0045); true when it is the first. Earlier days of
	 * the student are forgotten here, so the table holds at most today's two rows per student.
	 */
	boolean firstPassOfDay(UUID studentId, java.time.LocalDate day, String direction, UUID passId) {
		jdbc.sql("delete from presence_told where student_id = ? and day < ?").params(studentId, day).update();
		return jdbc.sql("insert into presence_told (student_id, day, direction, pass_id) values (?, ?, ?, ?) on conflict do nothing")
			.params(studentId, day, direction, passId).update() == 1;
	}

	/** A correction before sending: the pending messages of the source get the new content. */
	int replacePending(UUID sourceId, String kind, Map<String, String> variables) {
		return jdbc.sql("update message set payload = ?, kind = ? where source_id = ? and status = 'QUEUED'")
			.params(json.writeValueAsString(variables), kind, sourceId).update();
	}

	/** A deletion before sending: the pending messages of the source go nowhere. */
	int cancelPending(UUID sourceId, String rule) {
		return jdbc.sql("update message set status = 'CANCELLED', rule = ? where source_id = ? and status = 'QUEUED'")
			.params(rule, sourceId).update();
	}

	boolean anySent(UUID sourceId) {
		return jdbc.sql("select count(*) from message where source_id = ? and status in ('SENT', 'DELIVERED')").param(sourceId)
			.query(Integer.class).single() > 0;
	}

	/**
	 * The next due email or SMS of sender {@code worker} of {@code workers}, locked until the claim's transaction ends (other
	 * transactions skip it): each sender takes the recipients whose id hashes to it, so a recipient's messages go in order
	 * and a digest's companions are never taken by another sender of this instance.
	 */
	Optional<Message> nextDue(Instant now, int worker, int workers) {
		return jdbc.sql("select " + COLUMNS + " from message where status = 'QUEUED' and channel <> 'app' and due_at <= ? "
				+ "and (hashtext(recipient_id::text) & 2147483647) % ? = ? order by due_at limit 1 for update skip locked")
			.params(ts(now), workers, worker).query((rs, n) -> map(rs)).optional();
	}

	/** The other due digest messages of the same recipient and channel, locked with the first. */
	List<Message> dueDigestOf(UUID recipientId, String channel, UUID except, Instant now) {
		return jdbc.sql("select " + COLUMNS + " from message where status = 'QUEUED' and digest and recipient_id = ? and channel = ? "
				+ "and due_at <= ? and id <> ? order by occurred_at for update skip locked")
			.params(recipientId, channel, ts(now), except).query((rs, n) -> map(rs)).list();
	}

	/**
	 * Takes the messages for sending until {@code until}: no sender (of this instance or another) finds them due meanwhile,
	 * and one that goes is then recorded as sent, retried or failed.
	 */
	void lease(List<UUID> ids, Instant until) {
		jdbc.sql("update message set due_at = :until where id in (:ids)").param("until", ts(until)).param("ids", ids).update();
	}

	void sent(UUID id, Instant at, @Nullable String providerId, int segments) {
		counted(SendMetrics.Outcome.SENT, null, jdbc.sql("update message set status = 'SENT', sent_at = ?, attempts = attempts + 1, provider_id = ?, segments = ?, "
				+ "last_error = null where id = ? returning channel")
			.params(ts(at), providerId, segments > 0 ? segments : null, id).query(String.class).list());
	}

	/**
	 * A provider's delivery receipt: the messages sent under its provider id become DELIVERED, or FAILED with its error. It can
	 * come before the sender has written down whose provider id it is (an SMSC answers submit_sm and reports delivery on
	 * separate paths): then it is kept, and {@link #takeEarlyReceipt} applies it when the SENT rows are written (ADR 0088).
	 */
	@Transactional
	public void receipt(String providerId, boolean delivered, @Nullable String error) {
		lockReceiptOf(providerId);
		if (applyReceipt(providerId, delivered, error) == 0) {
			jdbc.sql("delete from early_receipt where received_at < now() - interval '2 days'").update();
			jdbc.sql("insert into early_receipt (provider_id, delivered, error) values (?, ?, ?) on conflict (provider_id) do update "
					+ "set delivered = excluded.delivered, error = excluded.error, received_at = now()")
				.params(providerId, delivered, error).update();
		}
	}

	/**
	 * In the transaction that wrote the SENT rows of a letter: the provider's receipt for it, if it came first, applied now
	 * (ADR 0088).
	 */
	void takeEarlyReceipt(String providerId) {
		lockReceiptOf(providerId);
		jdbc.sql("delete from early_receipt where provider_id = ? returning delivered, error").param(providerId)
			.query((rs, row) -> new EarlyReceipt(rs.getBoolean("delivered"), rs.getString("error"))).optional()
			.ifPresent(early -> applyReceipt(providerId, early.delivered(), early.error()));
	}

	private int applyReceipt(String providerId, boolean delivered, @Nullable String error) {
		List<String> channels = jdbc.sql("update message set status = ?, last_error = ? where provider_id = ? "
				+ "and status in ('SENT', 'DELIVERED', 'FAILED') returning channel")
			.params(delivered ? "DELIVERED" : "FAILED", delivered ? null : error, providerId).query(String.class).list();
		counted(delivered ? SendMetrics.Outcome.DELIVERED : SendMetrics.Outcome.FAILED, null, channels);
		return channels.size();
	}

	/**
	 * A receipt and the sender's write of the same provider id one after the other, within their transactions: whichever is
	 * second sees what the first committed, so the receipt is either applied or kept for the write to take.
	 */
	private void lockReceiptOf(String providerId) {
		jdbc.sql("select count(*) from (select pg_advisory_xact_lock(?, hashtext(?))) as locked").params(RECEIPT_LOCKS, providerId)
			.query(Integer.class).single();
	}

	private record EarlyReceipt(boolean delivered, @Nullable String error) {
	}

	/** SMS decided for the person since the instant (the daily cap counts them, suppressed ones aside). */
	int smsSince(UUID recipientId, Instant since) {
		return jdbc.sql("select count(*) from message where recipient_id = ? and channel = 'sms' and created_at >= ? "
				+ "and status in ('QUEUED', 'SENT', 'DELIVERED')").params(recipientId, ts(since)).query(Integer.class).single();
	}

	void suppress(UUID id, String rule) {
		counted(SendMetrics.Outcome.SUPPRESSED, rule,
				jdbc.sql("update message set status = 'SUPPRESSED', rule = ? where id = ? returning channel").params(rule, id)
					.query(String.class).list());
	}

	void retryAt(UUID id, Instant due, String error) {
		counted(SendMetrics.Outcome.RETRIED, null,
				jdbc.sql("update message set attempts = attempts + 1, due_at = ?, last_error = ? where id = ? returning channel")
					.params(ts(due), error, id).query(String.class).list());
	}

	void failed(UUID id, String error) {
		counted(SendMetrics.Outcome.FAILED, null,
				jdbc.sql("update message set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ? returning channel")
					.params(error, id).query(String.class).list());
	}

	/** Counts the changed rows by their channel (a receipt may answer for a whole digest). */
	private void counted(SendMetrics.Outcome outcome, @Nullable String rule, List<String> channels) {
		channels.forEach(channel -> metrics.count(channel, outcome, rule));
	}

	Message map(java.sql.ResultSet rs) throws java.sql.SQLException {
		java.sql.Timestamp sent = rs.getTimestamp("sent_at");
		java.sql.Timestamp read = rs.getTimestamp("read_at");
		return new Message(rs.getObject("id", UUID.class), rs.getObject("source_event_id", UUID.class),
				rs.getObject("source_id", UUID.class), rs.getObject("recipient_id", UUID.class), rs.getString("channel"),
				rs.getString("kind"), rs.getObject("student_id", UUID.class), rs.getObject("school_id", UUID.class),
				json.readValue(rs.getString("payload"), VARIABLES), rs.getString("language"), Message.Status.valueOf(rs.getString("status")),
				rs.getString("rule"), rs.getBoolean("digest"), rs.getTimestamp("occurred_at").toInstant(),
				rs.getTimestamp("due_at").toInstant(), rs.getInt("attempts"), rs.getString("last_error"),
				rs.getTimestamp("created_at").toInstant(), sent != null ? sent.toInstant() : null, read != null ? read.toInstant() : null);
	}

	public static java.time.OffsetDateTime ts(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}
}
