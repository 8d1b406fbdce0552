package org.ejd.platform.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.ejd.platform.refusal.Refusal;

/**
 * A span of school days asked for by a reader (a report, a diary view, an export): the start not
 * after the end, and at most {@link #MAX_DAYS} days, so that no request reads a whole archive.
 */
public record DaySpan(LocalDate from, LocalDate to) {

	/** A school year and a little more: every view of a year fits, nothing larger. */
	public static final int MAX_DAYS = 400;

	/**
	 * @param messageKey the service's message for a bad span (it names what was asked for)
	 * @throws Refusal (invalid) when the span is reversed or too long
	 */
	public static DaySpan of(LocalDate from, LocalDate to, String messageKey) {
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw Refusal.invalid(messageKey, MAX_DAYS);
		}
		return new DaySpan(from, to);
	}

	public long days() {
		return ChronoUnit.DAYS.between(from, to) + 1;
	}
}
