package org.ejd.contracts.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the events of {@code identity.representations.v1} mean for a day: the one rule of "a
 * guardian represents this student today" that every projection (diary, consent, notification)
 * applies. A guardian represents the student from {@code validFrom}, through {@code validTo}
 * (inclusive) when the start gave one, and no longer from {@code endedOn}. The start and the end
 * set different facts and combine in either order; a projection takes each fact by the aggregate's
 * version, so a start older than an end it already holds is not taken: an end that overtakes its
 * start leaves a representation that is never active.
 *
 * @param validFrom the first day, once the start is known
 * @param validTo the last day the start named, if any
 * @param endedOn the first day the guardian no longer represents the student, once it ended
 */
public record RepresentationTerm(@Nullable LocalDate validFrom, @Nullable LocalDate validTo, @Nullable LocalDate endedOn) {

	/** Nothing known yet. */
	public static RepresentationTerm unknown() {
		return new RepresentationTerm(null, null, null);
	}

	public RepresentationTerm established(LocalDate from, @Nullable LocalDate to) {
		return new RepresentationTerm(from, to, endedOn);
	}

	/** An end; of two ends, the earlier one counts (an end is never undone, a new link is a new representation). */
	public RepresentationTerm ended(LocalDate on) {
		return new RepresentationTerm(validFrom, validTo, endedOn == null || on.isBefore(endedOn) ? on : endedOn);
	}

	/** The first day the guardian represents the student; null when never (no start yet, or ended before it began). */
	public @Nullable LocalDate firstDay() {
		if (validFrom == null) {
			return null;
		}
		LocalDate last = lastDay();
		return last == null || !last.isBefore(validFrom) ? validFrom : null;
	}

	/** The last day the guardian represents the student; null when open-ended (or never, see {@link #firstDay()}). */
	public @Nullable LocalDate lastDay() {
		LocalDate beforeEnd = endedOn == null ? null : endedOn.minusDays(1);
		if (validTo == null) {
			return beforeEnd;
		}
		return beforeEnd == null || validTo.isBefore(beforeEnd) ? validTo : beforeEnd;
	}

	public boolean activeOn(LocalDate day) {
		LocalDate first = firstDay();
		LocalDate last = lastDay();
		return first != null && !day.isBefore(first) && (last == null || !day.isAfter(last));
	}
}
