package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ejd.platform.events.Retention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox, the outbox and the idempotency store keep recent rows only: old processed-event marks, completed
 * publications and idempotency records go on the retention's schedule (here one round, run by hand).
 */
class RetentionIT extends ConsentIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Retention retention;

	@Test
	void marksPublicationsAndIdempotencyRecordsOlderThanTheirRetentionAreDeletedAndRecentOnesKept() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('test', ?, now() - interval '31 days')")
			.param(old).update();
		jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('test', ?, now())").param(recent).update();
		UUID done = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
				values (?, 'test', 'test', '{}', now() - interval '9 days', now() - interval '8 days', 'COMPLETED')""").param(done).update();
		String expiredKey = "k-" + UUID.randomUUID();
		String freshKey = "k-" + UUID.randomUUID();
		jdbc.sql("insert into idempotency_record (caller, idempotency_key, fingerprint, created_at) values ('test', ?, 'f', now() - interval '25 hours')")
			.param(expiredKey).update();
		jdbc.sql("insert into idempotency_record (caller, idempotency_key, fingerprint) values ('test', ?, 'f')").param(freshKey).update();

		Retention.Pruned pruned = retention.prune();

		assertThat(pruned.processedEvents()).isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from processed_event where event_id = ?", old)).isZero();
		assertThat(count("select count(*) from processed_event where event_id = ?", recent)).isOne();
		assertThat(count("select count(*) from event_publication where id = ?", done)).isZero();
		assertThat(pruned.idempotencyRecords()).isGreaterThanOrEqualTo(1);
		assertThat(keys(expiredKey)).as("older than ejd.idempotency.ttl (24h)").isZero();
		assertThat(keys(freshKey)).isOne();
	}

	private long keys(String key) {
		return jdbc.sql("select count(*) from idempotency_record where idempotency_key = ?").param(key).query(Long.class).single();
	}

	private long count(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}
}
