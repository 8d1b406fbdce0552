package org.ejd.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one rule of a plausible envelope {@code version}, per {@link VersionKind} (docs/adr/0059). Consumers keep the
 * highest version they applied per aggregate and ignore anything lower as a stale replay; a forged or corrupt version far
 * ahead (say {@code Long.MAX_VALUE}) would, once applied, make every genuine later event stale forever. So:
 * <ul>
 * <li>{@code sequence}: at most {@code maxSequenceJump} over the highest version applied (0 when none yet);</li>
 * <li>{@code epoch-millis}: not later than now (the business clock) plus {@code maxClockSkew};</li>
 * <li>{@code epoch-day}: not later than today (UTC) plus {@code maxDaysAhead}.</li>
 * </ul>
 * A version lower than the one applied is not this rule's business: the consumer ignores it as stale.
 */
public final class VersionRule {

	private final Clock clock;

	private final long maxSequenceJump;

	private final Duration maxClockSkew;

	private final int maxDaysAhead;

	public VersionRule(Clock clock, long maxSequenceJump, Duration maxClockSkew, int maxDaysAhead) {
		if (maxSequenceJump < 1 || maxClockSkew.isNegative() || maxDaysAhead < 0) {
			throw new IllegalArgumentException("version bounds must be positive: jump " + maxSequenceJump + ", skew "
					+ maxClockSkew + ", days " + maxDaysAhead);
		}
		this.clock = clock;
		this.maxSequenceJump = maxSequenceJump;
		this.maxClockSkew = maxClockSkew;
		this.maxDaysAhead = maxDaysAhead;
	}

	/**
	 * Whether a {@code sequence} version is plausible over any version applied (at least 0), so that the consumer need
	 * not look the applied one up: at most the jump (docs/adr/0099).
	 */
	public boolean plausibleWhateverApplied(long sequenceVersion) {
		return sequenceVersion <= maxSequenceJump;
	}

	/**
	 * Refuses a version no genuine producer of this kind could have written.
	 * @param applied the highest version of a {@code sequence} the consumer applied for the aggregate, 0 when none
	 * @throws ImplausibleVersionException with the reason, for the dead-letter topic's headers
	 */
	public void require(VersionKind kind, long version, long applied) {
		switch (kind) {
			case SEQUENCE -> {
				if (version - Math.max(applied, 0) > maxSequenceJump) {
					throw new ImplausibleVersionException("implausible version " + version + ": a sequence jumps at most "
							+ maxSequenceJump + " over the highest version kept (" + applied + ")");
				}
			}
			case EPOCH_MILLIS -> {
				Instant latest = clock.instant().plus(maxClockSkew);
				if (version > latest.toEpochMilli()) {
					throw new ImplausibleVersionException("implausible version " + version + ": epoch milliseconds later than now + "
							+ maxClockSkew + " (" + latest + ")");
				}
			}
			case EPOCH_DAY -> {
				LocalDate latest = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(maxDaysAhead);
				if (version > latest.toEpochDay()) {
					throw new ImplausibleVersionException("implausible version " + version + ": a day after " + latest + " (today + "
							+ maxDaysAhead + " days)");
				}
			}
		}
	}
}
