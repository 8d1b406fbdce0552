package org.ejd.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * The business clock in tests: the real time unless a test sets it to an instant (a deadline, a
 * school's midnight in Kamchatka) or moves it forward (a code that expires). Put in place of the
 * platform's {@code @BusinessClock} bean as a {@code @Primary @BusinessClock} bean; the frameworks'
 * own clocks keep running.
 */
public final class MovableClock extends Clock {

	private volatile @Nullable Instant fixed;

	private volatile Duration offset = Duration.ZERO;

	private final ZoneId zone;

	public MovableClock() {
		this(ZoneOffset.UTC);
	}

	private MovableClock(ZoneId zone) {
		this.zone = zone;
	}

	/** From now on the clock stands at this instant (until moved or reset). */
	public void setTo(Instant instant) {
		fixed = instant;
		offset = Duration.ZERO;
	}

	public void setTo(String isoInstant) {
		setTo(Instant.parse(isoInstant));
	}

	/** Moves the clock forward, whether it stands or runs. */
	public void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Back to the real time. */
	public void reset() {
		fixed = null;
		offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		Instant base = fixed;
		return (base != null ? base : Instant.now()).plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		MovableClock self = this;
		return new Clock() {
			@Override
			public Instant instant() {
				return self.instant();
			}

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId another) {
				return self.withZone(another);
			}
		};
	}
}
