package org.ejd.platform.events;

import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox as Prometheus sees it: {@code ejd_outbox_backlog} (publications not yet taken by Kafka) and
 * {@code ejd_outbox_oldest_age_seconds} (how long the oldest of them has waited; 0 when none). A stuck relay shows as
 * a growing age long before anyone misses an event. One indexed query per scrape (both gauges share it), with the
 * database's clock so that a test's business clock does not bend the age.
 */
public final class OutboxMetrics implements MeterBinder {

	/** Two gauges read in one scrape share one query. */
	private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

	private final JdbcClient jdbc;

	private volatile Snapshot last = new Snapshot(0, 0, Long.MIN_VALUE);

	public OutboxMetrics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("ejd.outbox.backlog", this, metrics -> metrics.snapshot().backlog())
			.description("Outbox publications not yet acknowledged by Kafka")
			.register(registry);
		Gauge.builder("ejd.outbox.oldest.age", this, metrics -> metrics.snapshot().oldestAgeSeconds())
			.description("Age of the oldest unpublished outbox publication")
			.baseUnit("seconds")
			.register(registry);
	}

	private Snapshot snapshot() {
		Snapshot snapshot = last;
		long now = System.nanoTime();
		if (now - snapshot.takenAt() < FRESH_NANOS) {
			return snapshot;
		}
		try {
			snapshot = jdbc.sql("""
					select count(*) as backlog,
					       coalesce(extract(epoch from (now() - min(publication_date))), 0) as age
					  from event_publication where completion_date is null""")
				.query((rs, row) -> new Snapshot(rs.getLong("backlog"), Math.max(0, rs.getDouble("age")), now))
				.single();
		}
		catch (RuntimeException ex) {
			// database unreachable: the pool's own metrics and the health probe say so; the gauge keeps its last value
			snapshot = new Snapshot(snapshot.backlog(), snapshot.oldestAgeSeconds(), now);
		}
		last = snapshot;
		return snapshot;
	}

	private record Snapshot(long backlog, double oldestAgeSeconds, long takenAt) {
	}
}
