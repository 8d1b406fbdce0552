package org.ejd.platform.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

	@Test
	void idsAreVersion7AndCarryTheMillisecondTheyWereMade() {
		Instant before = Instant.now();
		UUID id = TimeOrderedIds.next();
		Instant after = Instant.now();

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		Instant made = Instant.ofEpochMilli(id.getMostSignificantBits() >>> 16);
		assertThat(made).isBetween(before.minusMillis(1), after.plus(Duration.ofMillis(1)));
	}

	@Test
	void idsMadeOneAfterAnotherSortUpInPostgresOrder() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		// PostgreSQL compares uuids as unsigned bytes, left to right: the id's text in lower case sorts the same way
		List<String> texts = ids.stream().map(UUID::toString).toList();
		assertThat(texts).isSorted();
		assertThat(new HashSet<>(ids)).hasSize(ids.size());
	}

}
