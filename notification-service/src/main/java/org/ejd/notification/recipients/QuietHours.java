package org.ejd.notification.recipients;

import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * No email or SMS from {@code from} until {@code to} on the recipient's wall clock; the window may
 * span midnight (21:00–08:00). A message that falls inside waits for the end: never dropped.
 */
public record QuietHours(LocalTime from, LocalTime to) {

	public boolean covers(LocalTime time) {
		if (from.equals(to)) {
			return false;
		}
		return from.isBefore(to) ? !time.isBefore(from) && time.isBefore(to) : !time.isBefore(from) || time.isBefore(to);
	}

	/** The first moment at or after {@code now} outside the window, in now's zone. */
	public ZonedDateTime nextAllowed(ZonedDateTime now) {
		LocalTime time = now.toLocalTime();
		if (!covers(time)) {
			return now;
		}
		boolean endIsTomorrow = from.isAfter(to) && !time.isBefore(from);
		return ZonedDateTime.of(now.toLocalDate().plusDays(endIsTomorrow ? 1 : 0), to, now.getZone());
	}
}
