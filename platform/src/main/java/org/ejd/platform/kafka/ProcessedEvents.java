package org.ejd.platform.kafka;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The inbox side of idempotency: remembers which event ids a consumer has already handled.
 * {@link #firstTime} must run in the same transaction as the consumer's own writes, so that a
 * handled event and its effects are committed together or not at all.
 */
public class ProcessedEvents {

	private final JdbcClient jdbc;

	public ProcessedEvents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the event as handled by the consumer; false when it was handled before. */
	public boolean firstTime(String consumer, UUID eventId) {
		return jdbc.sql("""
				insert into processed_event (consumer, event_id) values (:consumer, :eventId)
				on conflict do nothing""")
			.param("consumer", consumer)
			.param("eventId", eventId)
			.update() == 1;
	}
}
