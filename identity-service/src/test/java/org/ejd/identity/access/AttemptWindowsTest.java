package org.ejd.identity.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class AttemptWindowsTest {

	private final SettableClock clock = new SettableClock();

	private final AttemptWindows windows = new AttemptWindows(3, Duration.ofMinutes(15), clock);

	@Test
	void aKeyGetsItsLimitPerWindowAndAFreshOneAfterIt() {
		clock.now = Instant.parse("2026-11-24T10:00:00Z");
		assertThat(windows.tryAcquire("portal/ivanova")).isTrue();
		assertThat(windows.tryAcquire("portal/ivanova")).isTrue();
		assertThat(windows.tryAcquire("portal/ivanova")).isTrue();
		assertThat(windows.tryAcquire("portal/ivanova")).as("the fourth in 15 minutes").isFalse();
		assertThat(windows.tryAcquire("portal/petrov")).as("another key counts apart").isTrue();

		clock.now = Instant.parse("2026-11-24T10:14:59Z");
		assertThat(windows.tryAcquire("portal/ivanova")).as("still the same window").isFalse();
		clock.now = Instant.parse("2026-11-24T10:15:00Z");
		assertThat(windows.tryAcquire("portal/ivanova")).as("a new window").isTrue();
	}

	@Test
	void aClockTurnedBackStartsANewWindowInsteadOfLockingTheKeyOut() {
		clock.now = Instant.parse("2026-11-24T10:00:00Z");
		for (int i = 0; i < 4; i++) {
			windows.tryAcquire("k");
		}
		clock.now = Instant.parse("2026-11-24T09:00:00Z");
		assertThat(windows.tryAcquire("k")).isTrue();
	}

	private static final class SettableClock extends Clock {

		Instant now = Instant.EPOCH;

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
