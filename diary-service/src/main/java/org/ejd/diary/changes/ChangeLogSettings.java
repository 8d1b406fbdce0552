package org.ejd.diary.changes;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The change log's retention ({@code ejd.diary.changes.*}): log rows older than {@code retention} (30 days) are pruned by
 * a job every {@code prune-every} (1 h); a cursor behind what was pruned answers 410 (ADR 0041).
 */
@ConfigurationProperties("ejd.diary.changes")
record ChangeLogSettings(@Nullable Duration retention, @Nullable Duration pruneEvery) {

	Duration keep() {
		return retention != null ? retention : Duration.ofDays(30);
	}
}
