package org.ejd.notification.delivery;

import java.time.Duration;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notification sends as Prometheus sees them: {@code ejd_notification_sends_total{channel, outcome, rule}} (outcome
 * sent, delivered, failed, suppressed or retried; rule = the suppressing rule, {@code none} otherwise) and two gauges of
 * the outbox of sends: {@code ejd_notification_pending} (due email and SMS not yet sent) and
 * {@code ejd_notification_pending_oldest_age_seconds} (how long the oldest of them has been due). An outcome is counted
 * when its transaction commits, so a rolled-back send is not counted. Rules are a closed set (anything else counts as
 * {@code other}), so the series stay bounded.
 */
@Component
public class SendMetrics {

	/** The rules {@link Informing} and the sender write; the tag takes no other value. */
	static final Set<String> RULES = Set.of("consent", "paper-delivery", "contact-not-verified", "sms-daily-cap", "no-email-provider",
			"no-sms-provider");

	private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

	/** What became of a send, as counted. */
	public enum Outcome {
		SENT, DELIVERED, FAILED, SUPPRESSED, RETRIED;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	private final MeterRegistry registry;

	private final JdbcClient jdbc;

	private volatile Pending last = new Pending(0, 0, Long.MIN_VALUE);

	SendMetrics(MeterRegistry registry, JdbcClient jdbc) {
		this.registry = registry;
		this.jdbc = jdbc;
		Gauge.builder("ejd.notification.pending", this, metrics -> metrics.pending().count())
			.description("Email and SMS due and not yet sent")
			.register(registry);
		Gauge.builder("ejd.notification.pending.oldest.age", this, metrics -> metrics.pending().oldestAgeSeconds())
			.description("How long the oldest due email or SMS has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	/** Counts {@code times} sends of the channel with this outcome once the current transaction commits (at once without one). */
	public void count(String channel, Outcome outcome, @Nullable String rule, int times) {
		if (times <= 0) {
			return;
		}
		Counter counter = Counter.builder("ejd.notification.sends")
			.description("Notification sends by channel and outcome")
			.tag("channel", "app".equals(channel) ? "feed" : channel)
			.tag("outcome", outcome.tag())
			.tag("rule", rule == null ? "none" : RULES.contains(rule) ? rule : "other")
			.register(registry);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					counter.increment(times);
				}
			});
		}
		else {
			counter.increment(times);
		}
	}

	public void count(String channel, Outcome outcome, @Nullable String rule) {
		count(channel, outcome, rule, 1);
	}

	/** One indexed query per scrape for both gauges, on the database's clock (a test's business clock does not bend the age). */
	private Pending pending() {
		Pending snapshot = last;
		long now = System.nanoTime();
		if (now - snapshot.takenAt() < FRESH_NANOS) {
			return snapshot;
		}
		try {
			snapshot = jdbc.sql("""
					select count(*) as pending, coalesce(extract(epoch from (now() - min(due_at))), 0) as age
					  from message where status = 'QUEUED' and channel <> 'app' and due_at <= now()""")
				.query((rs, row) -> new Pending(rs.getLong("pending"), Math.max(0, rs.getDouble("age")), now))
				.single();
		}
		catch (RuntimeException ex) {
			// database unreachable: the pool's metrics and the health probe say so; the gauges keep their last value
			snapshot = new Pending(snapshot.count(), snapshot.oldestAgeSeconds(), now);
		}
		last = snapshot;
		return snapshot;
	}

	private record Pending(long count, double oldestAgeSeconds, long takenAt) {
	}
}
