package org.ejd.diary.status;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.ejd.platform.time.BusinessClock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Times every event from its CloudEvents {@code time} to the moment its listener returned, i.e. after the inbox's
 * transaction committed and the change became visible to readers ({@code ejd.diary.event.visible}). Boot puts a
 * {@link RecordInterceptor} and a {@link BatchInterceptor} bean into every listener container, so every diary listener,
 * record or batch, is measured without code of its own. Percentiles cover the time since start (the statistics never expire).
 * <p>
 * {@code ejd.diary.event.newest.age} is the age of the newest event applied. After a restart, until an event arrives,
 * it counts from the newest mark the diary holds ({@link #resumeFrom}, at start): the timer has no samples then, and
 * without that gauge a diary that restarted and applies nothing would leave the freshness alert blind (ADR 0047).
 */
@Component
class EventFreshness implements RecordInterceptor<Object, Object>, BatchInterceptor<Object, Object> {

	private static final Logger log = LoggerFactory.getLogger(EventFreshness.class);

	static final String TIMER = "ejd.diary.event.visible";

	static final String NEWEST_AGE = "ejd.diary.event.newest.age";

	private final Timer timer;

	private final java.time.Clock clock;

	private static final JsonMapper ENVELOPE = JsonMapper.builder().build();

	/** The time of the newest event applied since start (the public status's freshness). */
	private final java.util.concurrent.atomic.AtomicReference<@Nullable Instant> newestApplied = new java.util.concurrent.atomic.AtomicReference<>();

	EventFreshness(ObjectProvider<MeterRegistry> registry, @BusinessClock java.time.Clock clock) {
		this.timer = Timer.builder(TIMER)
			.description("From an event's time to its change being committed in the diary")
			.publishPercentiles(0.5, 0.9, 0.99)
			.distributionStatisticExpiry(Duration.ofDays(3650))
			.distributionStatisticBufferLength(1)
			.register(registry.getIfAvailable(SimpleMeterRegistry::new));
		this.clock = clock;
		Gauge.builder(NEWEST_AGE, this, EventFreshness::newestAgeSeconds)
			.description("Seconds since the time of the newest event the diary applied (after a restart: of the newest mark it holds)")
			.baseUnit("seconds")
			.register(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/**
	 * What the diary held before it started: the event time of the newest change it had applied, unless an event arrived
	 * meanwhile. The status and {@value #NEWEST_AGE} count from it until the next event.
	 */
	void resumeFrom(Instant newestHeld) {
		newestApplied.accumulateAndGet(newestHeld, (was, held) -> was == null || held.isAfter(was) ? held : was);
	}

	/** NaN (no sample) while the diary holds nothing at all. */
	double newestAgeSeconds() {
		Instant newest = newestApplied.get();
		return newest == null ? Double.NaN : Math.max(0, Duration.between(newest, clock.instant()).toMillis()) / 1000.0;
	}

	@Override
	public @Nullable ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		return record;
	}

	@Override
	public @Nullable ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
		return records;
	}

	/** A batch listener's records all became visible with its one commit. */
	@Override
	public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
		records.forEach(record -> success(record, consumer));
	}

	@Override
	public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
		if (!(record.value() instanceof String value)) {
			return;
		}
		try {
			Instant happened = eventTime(value);
			newestApplied.accumulateAndGet(happened, (was, now) -> was == null || now.isAfter(was) ? now : was);
			long millis = Math.max(0, Duration.between(happened, clock.instant()).toMillis());
			timer.record(millis, TimeUnit.MILLISECONDS);
		}
		catch (RuntimeException ex) {
			log.debug("No event time on {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), ex.getMessage());
		}
	}

	/**
	 * The envelope's {@code time}, read off its JSON without building it (the inbox has read and checked the envelope
	 * already). Reading each record's whole tree again took a tenth of the diary's CPU while class batches were posted.
	 */
	static Instant eventTime(String envelope) {
		try (JsonParser parser = ENVELOPE.createParser(envelope)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("not an object");
			}
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("time".equals(name) && value == JsonToken.VALUE_STRING) {
					return Instant.parse(parser.getString());
				}
				parser.skipChildren();
			}
			throw new IllegalArgumentException("no time");
		}
	}

	/** p50, p90, p99 and max in milliseconds with the count, since start. */
	Delay delay() {
		HistogramSnapshot snapshot = timer.takeSnapshot();
		double p50 = 0;
		double p90 = 0;
		double p99 = 0;
		for (ValueAtPercentile value : snapshot.percentileValues()) {
			if (value.percentile() == 0.5) {
				p50 = value.value(TimeUnit.MILLISECONDS);
			}
			else if (value.percentile() == 0.9) {
				p90 = value.value(TimeUnit.MILLISECONDS);
			}
			else if (value.percentile() == 0.99) {
				p99 = value.value(TimeUnit.MILLISECONDS);
			}
		}
		return new Delay(snapshot.count(), Math.round(p50), Math.round(p90), Math.round(p99),
				Math.round(snapshot.max(TimeUnit.MILLISECONDS)));
	}

	record Delay(long events, long p50Millis, long p90Millis, long p99Millis, long maxMillis) {
	}

	/** The CloudEvents time of the newest event the diary applied (after a restart: of the newest mark it held); empty while it holds none. */
	java.util.Optional<Instant> newestApplied() {
		return java.util.Optional.ofNullable(newestApplied.get());
	}
}
