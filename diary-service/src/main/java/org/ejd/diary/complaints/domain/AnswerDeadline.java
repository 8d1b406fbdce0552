package org.ejd.diary.complaints.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a school must answer a complaint: a number of calendar days after the day it was registered, in the
 * school's own dates (59-FZ art. 12 gives written appeals 30 days; a school's policy may give fewer). The
 * due day itself is still on time; the day after it the complaint is overdue.
 */
public record AnswerDeadline(int days) {

	public static final int LAW = 30;

	public AnswerDeadline {
		if (days < 1 || days > LAW) {
			throw new IllegalArgumentException("an answer is due within 1 to " + LAW + " days, not " + days);
		}
	}

	public LocalDate dueOn(LocalDate registeredOn) {
		return registeredOn.plusDays(days);
	}

	public static boolean onTime(LocalDate dueOn, LocalDate answeredOn) {
		return !answeredOn.isAfter(dueOn);
	}

	public static boolean overdue(LocalDate dueOn, LocalDate today) {
		return today.isAfter(dueOn);
	}

	/** Days past the due day (0 while on time). */
	public static long daysOverdue(LocalDate dueOn, LocalDate today) {
		return Math.max(0, ChronoUnit.DAYS.between(dueOn, today));
	}

	/** Days left until the due day, negative once overdue. */
	public static long daysLeft(LocalDate dueOn, LocalDate today) {
		return ChronoUnit.DAYS.between(today, dueOn);
	}
}
