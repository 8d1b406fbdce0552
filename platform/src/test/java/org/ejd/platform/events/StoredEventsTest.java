package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/** The outbox stores an event as the service's own mapper writes it, and asks for that mapper once (issue 13). */
class StoredEventsTest {

	record Posted(UUID markId, LocalDate workDate, @Nullable String comment) {
	}

	private final JsonMapper servicesMapper = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	@Test
	void anEventIsStoredAsTheServicesMapperWritesItAndReadBackTheSame() {
		StoredEvents stored = new StoredEvents(() -> servicesMapper);
		Posted posted = new Posted(UUID.randomUUID(), LocalDate.of(2026, 12, 1), null);

		Object json = stored.serialize(posted);

		assertThat(json).isEqualTo(servicesMapper.writeValueAsString(posted)).asString().doesNotContain("comment");
		assertThat(stored.deserialize(json, Posted.class)).isEqualTo(posted);
	}

	@Test
	void theServicesMapperIsAskedForOnceWhateverTheNumberOfEvents() {
		AtomicInteger asked = new AtomicInteger();
		StoredEvents stored = new StoredEvents(() -> {
			asked.incrementAndGet();
			return servicesMapper;
		});

		for (int i = 0; i < 25; i++) {
			stored.deserialize(stored.serialize(new Posted(UUID.randomUUID(), LocalDate.of(2026, 12, 1), "контрольная")), Posted.class);
		}

		assertThat(asked).hasValue(1);
	}

	@Test
	void withoutAMapperOfItsOwnAServiceStillStoresAndReadsBackItsEvents() {
		StoredEvents stored = new StoredEvents(StoredEvents::defaultMapper);
		Posted posted = new Posted(UUID.randomUUID(), LocalDate.of(2026, 12, 1), "тест");

		assertThat(stored.deserialize(stored.serialize(posted), Posted.class)).isEqualTo(posted);
	}
}
