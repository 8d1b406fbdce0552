package org.ejd.diary.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class EventFreshnessTest {

	@Test
	void theEventTimeIsTheEnvelopesOwnWhereverItStandsAndNotADataFieldOfTheSameName() {
		assertThat(EventFreshness.eventTime("""
				{"specversion":"1.0","id":"x","time":"2026-12-04T09:15:00.123Z","data":{"time":"2020-01-01T00:00:00Z"}}"""))
			.isEqualTo(Instant.parse("2026-12-04T09:15:00.123Z"));
		assertThat(EventFreshness.eventTime("""
				{"data":{"time":"2020-01-01T00:00:00Z","marks":[{"time":"2021-01-01T00:00:00Z"}]},"version":3,"time":"2026-12-04T09:15:00Z"}"""))
			.isEqualTo(Instant.parse("2026-12-04T09:15:00Z"));
	}

	@Test
	void anEnvelopeWithoutATimeOrNotAnObjectHasNone() {
		assertThatThrownBy(() -> EventFreshness.eventTime("{\"data\":{\"time\":\"2020-01-01T00:00:00Z\"}}"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EventFreshness.eventTime("[\"time\"]")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EventFreshness.eventTime("{\"time\":\"yesterday\"}")).isInstanceOf(RuntimeException.class);
	}

	@Test
	void anAppliedEventIsTimedFromItsTimeAndBecomesTheNewestApplied() {
		MeterRegistry meters = new SimpleMeterRegistry();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("meters", meters);
		Clock clock = Clock.fixed(Instant.parse("2026-12-04T09:15:01Z"), ZoneId.of("Europe/Moscow"));
		EventFreshness freshness = new EventFreshness(beans.getBeanProvider(MeterRegistry.class), clock);

		freshness.success(new ConsumerRecord<>("journal.marks.v1", 0, 7, "k",
				"{\"specversion\":\"1.0\",\"time\":\"2026-12-04T09:15:00.750Z\",\"data\":{}}"), null);
		freshness.success(new ConsumerRecord<>("journal.marks.v1", 0, 8, "k", "{\"specversion\":\"1.0\"}"), null);

		assertThat(freshness.delay().events()).isEqualTo(1);
		assertThat(freshness.delay().maxMillis()).isEqualTo(250);
		assertThat(freshness.newestApplied()).contains(Instant.parse("2026-12-04T09:15:00.750Z"));
		assertThat(freshness.newestAgeSeconds()).isEqualTo(0.25);
	}
}
