package org.ejd.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** identity's clock in tests: the real time unless a test moves it (deadlines, code expiry). */
final class MovableClock extends Clock {

	private volatile Instant fixed;

	void setTo(Instant instant) {
		fixed = instant;
	}

	void setTo(String isoInstant) {
		setTo(Instant.parse(isoInstant));
	}

	void reset() {
		fixed = null;
	}

	@Override
	public Instant instant() {
		Instant now = fixed;
		return now != null ? now : Instant.now();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MovableClock self = this;
		return new Clock() {
			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return zone;
			}

			@Override
			public Clock withZone(ZoneId other) {
				return self.withZone(other);
			}
		};
	}

	/** Put in place of the real clock by {@link IdentityIT}; Spring Modulith keeps its own. */
	static final class Replacement {

		@Bean(defaultCandidate = false)
		@IdentityClock
		@Primary
		Clock movableClock() {
			return IdentityIT.CLOCK;
		}
	}
}
