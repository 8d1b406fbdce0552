package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ejd.platform.events.Retention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The inbox and the outbox keep recent rows only: old processed-event marks and completed publications go. */
class RetentionIT extends ConsentIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Retention retention;

	@Test
	void marksAndCompletedPublicationsOlderThanTheirRetentionAreDeletedAndRecentOnesKept() {
		UUID old = UUID.randomUUID();
		UUID recent = UUID.randomUUID();
		jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('test', ?, now() - interval '31 days')")
			.param(old).update();
		jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('test', ?, now())").param(recent).update();
		UUID done = UUID.randomUUID();
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date, status)
				values (?, 'test', 'test', '{}', now() - interval '9 days', now() - interval '8 days', 'COMPLETED')""").param(done).update();

		Retention.Pruned pruned = retention.prune();

		assertThat(pruned.processedEvents()).isGreaterThanOrEqualTo(1);
		assertThat(count("select count(*) from processed_event where event_id = ?", old)).isZero();
		assertThat(count("select count(*) from processed_event where event_id = ?", recent)).isOne();
		assertThat(count("select count(*) from event_publication where id = ?", done)).isZero();
	}

	private long count(String sql, UUID id) {
		return jdbc.sql(sql).param(id).query(Long.class).single();
	}
}
