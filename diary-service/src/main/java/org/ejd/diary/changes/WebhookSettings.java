package org.ejd.diary.changes;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Webhook deliveries ({@code ejd.diary.webhooks.*}): the first retry after {@code first-retry-after} (30 s), each next one
 * twice as late up to {@code max-retry-after} (6 h); a delivery is given up after {@code give-up-after-attempts} (10),
 * a subscription disabled after {@code disable-after-failures} failed attempts in a row (20, about two days of
 * back-off); {@code timeout} per attempt (10 s). A receiver on a loopback address, by plain {@code http://} too, only
 * where {@code allow-loopback-http} (the local demo and tests); everywhere else {@code https://} to public addresses only
 * ({@link WebhookTargets}, ADR 0041).
 */
@ConfigurationProperties("ejd.diary.webhooks")
record WebhookSettings(@Nullable Duration firstRetryAfter, @Nullable Duration maxRetryAfter, @Nullable Integer giveUpAfterAttempts,
		@Nullable Integer disableAfterFailures, @Nullable Duration timeout, boolean allowLoopbackHttp) {

	Duration firstRetry() {
		return firstRetryAfter != null ? firstRetryAfter : Duration.ofSeconds(30);
	}

	Duration maxRetry() {
		return maxRetryAfter != null ? maxRetryAfter : Duration.ofHours(6);
	}

	int giveUpAfter() {
		return giveUpAfterAttempts != null ? giveUpAfterAttempts : 10;
	}

	int disableAfter() {
		return disableAfterFailures != null ? disableAfterFailures : 20;
	}

	Duration attemptTimeout() {
		return timeout != null ? timeout : Duration.ofSeconds(10);
	}

	/** The wait before attempt {@code attempts + 1}: exponential from the first retry, capped. */
	Duration retryAfter(int attempts) {
		Duration wait = firstRetry().multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(maxRetry()) > 0 ? maxRetry() : wait;
	}
}
