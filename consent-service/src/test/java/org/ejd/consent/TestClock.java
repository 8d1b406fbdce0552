package org.ejd.consent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** The system clock, moved forward on demand: a code expires without the test waiting for it. */
public final class TestClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	TestClock(Clock base) {
		this.base = base;
	}

	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		TestClock clock = new TestClock(base.withZone(zone));
		clock.offset = offset;
		return clock;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}
}
