package org.ejd.platform.events;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.SimpleAsyncTaskScheduler;

/**
 * Keeps the outbox and the inbox from growing for ever: completed publications (the event is in
 * Kafka), processed-event marks (an event id seen) and idempotency records (an answer kept for a retried request) are
 * deleted once they are older than their retention. A redelivery older than the inbox retention would be handled again; projections are
 * versioned upserts and side effects are keyed by source event, so that is harmless.
 */
public final class Retention implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Retention.class);

	private final JdbcClient jdbc;

	private final @Nullable CompletedEventPublications completed;

	private final Properties properties;

	private final SimpleAsyncTaskScheduler scheduler = new SimpleAsyncTaskScheduler();

	private final Duration idempotencyRecords;

	public Retention(JdbcClient jdbc, @Nullable CompletedEventPublications completed, Properties properties) {
		this(jdbc, completed, properties, Duration.ofHours(24));
	}

	/** @param idempotencyRecords how long an {@code Idempotency-Key}'s answer is kept ({@code ejd.idempotency.ttl}) */
	public Retention(JdbcClient jdbc, @Nullable CompletedEventPublications completed, Properties properties,
			Duration idempotencyRecords) {
		this.jdbc = jdbc;
		this.completed = completed;
		this.properties = properties;
		this.idempotencyRecords = idempotencyRecords;
		scheduler.setThreadNamePrefix("retention-");
		scheduler.setVirtualThreads(true);
		((TaskScheduler) scheduler).scheduleWithFixedDelay(this::pruneQuietly, properties.interval());
	}

	/** One round: what it deleted from the outbox's completed publications and from the inbox. */
	public Pruned prune() {
		long publications = 0;
		if (completed != null) {
			publications = jdbc.sql("select count(*) from event_publication where completion_date < now() - make_interval(secs => ?)")
				.param(properties.completedPublications().toSeconds()).query(Long.class).single();
			completed.deletePublicationsOlderThan(properties.completedPublications());
		}
		int marks = jdbc.sql("delete from processed_event where processed_at < now() - make_interval(secs => ?)")
			.param(properties.processedEvents().toSeconds()).update();
		// the filter also deletes expired keys when a request with a key comes; this keeps a quiet service's table small
		int answers = jdbc.sql("delete from idempotency_record where created_at < now() - make_interval(secs => ?)")
			.param(idempotencyRecords.toSeconds()).update();
		return new Pruned(publications, marks, answers);
	}

	private void pruneQuietly() {
		try {
			Pruned pruned = prune();
			if (pruned.publications() + pruned.processedEvents() + pruned.idempotencyRecords() > 0) {
				log.info("Retention deleted {} completed publications, {} processed-event marks and {} idempotency records",
						pruned.publications(), pruned.processedEvents(), pruned.idempotencyRecords());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retention round failed, next in {}: {}", properties.interval(), ex.toString());
		}
	}

	@Override
	public void close() {
		scheduler.close();
	}

	public record Pruned(long publications, long processedEvents, long idempotencyRecords) {
	}

	/**
	 * Retention ({@code ejd.retention.*}).
	 *
	 * @param completedPublications how long a publication stays in the outbox after Kafka took it
	 * @param processedEvents how long an event id is remembered by the inbox (longer than any redelivery)
	 * @param interval how often the old rows are deleted
	 */
	@ConfigurationProperties("ejd.retention")
	public record Properties(@DefaultValue("7d") Duration completedPublications, @DefaultValue("30d") Duration processedEvents,
			@DefaultValue("1h") Duration interval) {
	}
}
