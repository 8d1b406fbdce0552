package org.ejd.consent.preferences.domain;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/**
 * Hours in which no email or SMS is sent, local time, from inclusive to exclusive; they may span
 * midnight (21:00–08:00). Equal ends would mean nothing or everything, so they are refused.
 */
public record QuietHours(LocalTime from, LocalTime to) {

	public QuietHours {
		from = from.truncatedTo(ChronoUnit.MINUTES);
		to = to.truncatedTo(ChronoUnit.MINUTES);
		if (from.equals(to)) {
			throw new IllegalArgumentException("quiet hours must not start and end at the same minute");
		}
	}

	public boolean contain(LocalTime time) {
		return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
	}
}
