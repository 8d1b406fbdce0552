package org.ejd.journal.regime;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;

/** A school's bell schedule for one shift from a day on: each lesson number with its start and end on the school's clock. */
public record BellSchedule(UUID schoolId, int shift, LocalDate effectiveFrom, List<Bell> lessons, long version) {

	public static final int MAX_LESSONS = 12;

	public record Bell(int number, LocalTime start, LocalTime end) {
	}

	/**
	 * The rule of a bell schedule: 1–12 lessons, numbered 1–12 without repeats, each ending after it starts, and each
	 * starting no earlier than the previous one ends, in the order of their numbers.
	 */
	static List<Bell> checked(List<Bell> lessons) {
		if (lessons.isEmpty() || lessons.size() > MAX_LESSONS) {
			throw Refusal.invalid("journal.bells.count");
		}
		List<Bell> sorted = lessons.stream().sorted(java.util.Comparator.comparingInt(Bell::number)).toList();
		Bell previous = null;
		for (Bell bell : sorted) {
			if (bell.number() < 1 || bell.number() > MAX_LESSONS || (previous != null && previous.number() == bell.number())) {
				throw Refusal.invalid("journal.bells.number", bell.number());
			}
			if (!bell.end().isAfter(bell.start())) {
				throw Refusal.invalid("journal.bells.ends-before-start", bell.number());
			}
			if (previous != null && bell.start().isBefore(previous.end())) {
				throw Refusal.invalid("journal.bells.overlap", previous.number(), bell.number());
			}
			previous = bell;
		}
		return sorted;
	}
}
