package org.ejd.diary.fgis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The days a Schedule covers: both {@code start} and {@code end} (ISO dates, start not after end, at most the configured
 * number of days, both ends included) or neither, which means the previous, the current and the next week around the
 * school's today.
 */
record ScheduleSpan(LocalDate start, LocalDate end) {

	static ScheduleSpan of(@Nullable String start, @Nullable String end, LocalDate today, int maxDays) {
		if ((start == null) != (end == null)) {
			throw Refusal.invalid("diary.fgis.dates-both-or-neither");
		}
		if (start == null || end == null) {
			LocalDate monday = today.with(DayOfWeek.MONDAY);
			return new ScheduleSpan(monday.minusWeeks(1), monday.plusWeeks(2).minusDays(1));
		}
		LocalDate from = parse(start);
		LocalDate to = parse(end);
		if (from.isAfter(to)) {
			throw Refusal.invalid("diary.fgis.start-after-end");
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > maxDays) {
			throw Refusal.invalid("diary.fgis.span-too-long", maxDays);
		}
		return new ScheduleSpan(from, to);
	}

	private static LocalDate parse(String date) {
		try {
			return LocalDate.parse(date);
		}
		catch (DateTimeParseException ex) {
			throw Refusal.invalid("diary.fgis.bad-date", date);
		}
	}
}
