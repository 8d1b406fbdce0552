package org.ejd.identity.applications.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Russian working-day calendar: Saturdays and Sundays off, the federal non-working holidays
 * of the Labour Code (art. 112: 1–8 January, 23 February, 8 March, 1 and 9 May, 12 June, 4 November),
 * a holiday outside January that falls on a weekend moving the day off to the next working day
 * (art. 112 part 2), plus the days the government's yearly decree makes non-working
 * ({@code extraHolidays}: the January transfers, bridge days) or working ({@code workingDays}: a
 * Saturday traded for a bridge day). The decree is configuration, not a rule: it changes every year.
 */
public final class WorkingCalendar {

	private static final Set<MonthDay> FEDERAL_HOLIDAYS = Set.of(
			MonthDay.of(1, 1), MonthDay.of(1, 2), MonthDay.of(1, 3), MonthDay.of(1, 4),
			MonthDay.of(1, 5), MonthDay.of(1, 6), MonthDay.of(1, 7), MonthDay.of(1, 8),
			MonthDay.of(2, 23), MonthDay.of(3, 8), MonthDay.of(5, 1), MonthDay.of(5, 9),
			MonthDay.of(6, 12), MonthDay.of(11, 4));

	private final Set<LocalDate> extraHolidays;

	private final Set<LocalDate> workingDays;

	private final Map<Integer, Set<LocalDate>> movedDaysOff = new ConcurrentHashMap<>();

	public WorkingCalendar(Collection<LocalDate> extraHolidays, Collection<LocalDate> workingDays) {
		Set<LocalDate> both = new HashSet<>(extraHolidays);
		both.retainAll(Set.copyOf(workingDays));
		if (!both.isEmpty()) {
			throw new IllegalArgumentException("days configured both as holidays and as working days: " + both);
		}
		this.extraHolidays = Set.copyOf(extraHolidays);
		this.workingDays = Set.copyOf(workingDays);
	}

	/** Weekends and federal holidays only, without any decree's transfers. */
	public static WorkingCalendar federal() {
		return new WorkingCalendar(Set.of(), Set.of());
	}

	public boolean isWorkingDay(LocalDate day) {
		if (workingDays.contains(day)) {
			return true;
		}
		if (extraHolidays.contains(day) || FEDERAL_HOLIDAYS.contains(MonthDay.from(day))) {
			return false;
		}
		return !isWeekend(day) && !movedDaysOff.computeIfAbsent(day.getYear(), WorkingCalendar::movedDaysOff).contains(day);
	}

	/** Art. 112 part 2: a holiday on a weekend moves the day off to the next working day, except in January. */
	private static Set<LocalDate> movedDaysOff(int year) {
		Set<LocalDate> moved = new HashSet<>();
		FEDERAL_HOLIDAYS.stream().filter(h -> h.getMonthValue() != 1).map(h -> h.atYear(year)).filter(WorkingCalendar::isWeekend)
			.sorted()
			.forEach(holiday -> {
				LocalDate day = holiday.plusDays(1);
				while (isWeekend(day) || FEDERAL_HOLIDAYS.contains(MonthDay.from(day)) || moved.contains(day)) {
					day = day.plusDays(1);
				}
				moved.add(day);
			});
		return Set.copyOf(moved);
	}

	private static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	/**
	 * The day a term of {@code days} working days ends when it starts on {@code start}: counting begins
	 * the next day (a term never includes the day of the event that starts it), so an application of a
	 * Friday with a 5-day term is due the next Friday.
	 */
	public LocalDate plusWorkingDays(LocalDate start, int days) {
		if (days < 0) {
			throw new IllegalArgumentException("a term cannot be negative: " + days);
		}
		LocalDate day = start;
		int counted = 0;
		while (counted < days) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
	public int workingDaysAfter(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}
}
