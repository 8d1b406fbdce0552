package org.ejd.platform.kafka;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
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

	/**
	 * {@link #firstTime} for the events of a batch in one statement: records them all as handled by the consumer and
	 * answers those that were not handled before (an id twice in the batch is answered once).
	 */
	public Set<UUID> firstTimes(String consumer, Collection<UUID> eventIds) {
		if (eventIds.isEmpty()) {
			return new HashSet<>();
		}
		String[] ids = eventIds.stream().map(UUID::toString).toArray(String[]::new);
		return new HashSet<>(jdbc.sql("""
				insert into processed_event (consumer, event_id) select distinct ?, id from unnest(?::uuid[]) as t(id)
				on conflict do nothing returning event_id""")
			.params(consumer, ids)
			.query(UUID.class)
			.list());
	}
}
