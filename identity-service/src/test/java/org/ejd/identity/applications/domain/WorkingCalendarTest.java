package org.ejd.identity.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

	private final WorkingCalendar federal = WorkingCalendar.federal();

	@Test
	void anApplicationOfAFridayIsDueTheNextFriday() {
		assertThat(federal.plusWorkingDays(day("2026-11-20"), 5)).isEqualTo(day("2026-11-27"));
	}

	@Test
	void anApplicationOfASaturdayStartsCountingOnMonday() {
		assertThat(federal.plusWorkingDays(day("2026-11-21"), 5)).isEqualTo(day("2026-11-27"));
	}

	@Test
	void theNewYearHolidaysDoNotCount() {
		// 30 and 31 December count; 1–8 January are holidays, 9–10 January 2027 a weekend
		assertThat(federal.plusWorkingDays(day("2026-12-29"), 5)).isEqualTo(day("2027-01-13"));
		assertThat(federal.plusWorkingDays(day("2026-12-31"), 5)).isEqualTo(day("2027-01-15"));
	}

	@Test
	void anApplicationFiledDuringTheNewYearHolidaysStartsCountingAfterThem() {
		assertThat(federal.plusWorkingDays(day("2027-01-03"), 5)).isEqualTo(day("2027-01-15"));
		assertThat(federal.plusWorkingDays(day("2027-01-08"), 1)).isEqualTo(day("2027-01-11"));
	}

	@Test
	void aHolidayInTheMiddleOfTheWeekAddsADay() {
		// 4 November 2026 is a Wednesday
		assertThat(federal.plusWorkingDays(day("2026-10-30"), 5)).isEqualTo(day("2026-11-09"));
		assertThat(federal.plusWorkingDays(day("2026-11-02"), 5)).isEqualTo(day("2026-11-10"));
	}

	@Test
	void aFridayHolidayAndTheWeekendAfterItDoNotCount() {
		// 12 June 2026 is a Friday
		assertThat(federal.plusWorkingDays(day("2026-06-11"), 5)).isEqualTo(day("2026-06-19"));
	}

	@Test
	void everyFederalHolidayIsOffWhateverTheWeekday() {
		for (String holiday : List.of("2026-01-01", "2026-01-05", "2026-01-08", "2026-02-23", "2027-03-08", "2026-05-01",
				"2028-05-09", "2026-06-12", "2026-11-04")) {
			assertThat(federal.isWorkingDay(day(holiday))).as(holiday).isFalse();
		}
		assertThat(federal.isWorkingDay(day("2026-01-09"))).as("9 January is a working Friday unless the decree says otherwise").isTrue();
		assertThat(federal.isWorkingDay(day("2026-11-21"))).as("a Saturday").isFalse();
	}

	@Test
	void aHolidayOnAWeekendMovesTheDayOffToTheNextWorkingDay() {
		assertThat(federal.isWorkingDay(day("2026-03-09"))).as("8 March 2026 is a Sunday").isFalse();
		assertThat(federal.isWorkingDay(day("2026-05-11"))).as("9 May 2026 is a Saturday").isFalse();
		assertThat(federal.isWorkingDay(day("2025-03-10"))).as("8 March 2025 is a Saturday").isFalse();
		assertThat(federal.isWorkingDay(day("2027-06-14"))).as("12 June 2027 is a Saturday").isFalse();
		assertThat(federal.isWorkingDay(day("2028-11-06"))).as("4 November 2028 is a Saturday").isFalse();
		assertThat(federal.isWorkingDay(day("2026-03-10"))).isTrue();
		// January holidays on a weekend move only by the year's decree, never by themselves
		assertThat(federal.isWorkingDay(day("2028-01-10"))).as("1–2 January 2028 are a weekend").isTrue();
		// Thursday 7 May 2026: 8th, 11th (moved from Saturday 9 May) are counted around the weekend
		assertThat(federal.plusWorkingDays(day("2026-05-07"), 2)).isEqualTo(day("2026-05-12"));
	}

	@Test
	void theDecreesBridgeDaysAndWorkingSaturdaysAreHonoured() {
		WorkingCalendar decree = new WorkingCalendar(List.of(day("2026-11-27"), day("2026-03-09")), List.of(day("2026-11-21")));
		assertThat(decree.isWorkingDay(day("2026-03-09"))).isFalse();
		assertThat(decree.isWorkingDay(day("2026-11-21"))).isTrue();
		// Friday 20th: Saturday 21st works, Friday 27th is a bridge day
		assertThat(decree.plusWorkingDays(day("2026-11-20"), 5)).isEqualTo(day("2026-11-26"));
		assertThat(new WorkingCalendar(List.of(day("2026-11-27")), List.of()).plusWorkingDays(day("2026-11-20"), 5))
			.isEqualTo(day("2026-11-30"));
	}

	@Test
	void aDayCannotBeBothAHolidayAndAWorkingDay() {
		assertThatThrownBy(() -> new WorkingCalendar(List.of(day("2026-11-21")), List.of(day("2026-11-21"))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-21");
	}

	@Test
	void aTermOfNoDaysEndsTheSameDayAndANegativeTermIsAnError() {
		assertThat(federal.plusWorkingDays(day("2026-11-21"), 0)).isEqualTo(day("2026-11-21"));
		assertThatThrownBy(() -> federal.plusWorkingDays(day("2026-11-21"), -1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void workingDaysAfterADeadlineCountOnlyWorkingDays() {
		assertThat(federal.workingDaysAfter(day("2026-11-27"), day("2026-11-27"))).isZero();
		assertThat(federal.workingDaysAfter(day("2026-11-27"), day("2026-11-29"))).isZero();
		assertThat(federal.workingDaysAfter(day("2026-11-27"), day("2026-12-01"))).isEqualTo(2);
		assertThat(federal.workingDaysAfter(day("2026-11-03"), day("2026-11-05"))).isEqualTo(1);
	}

	private static LocalDate day(String iso) {
		return LocalDate.parse(iso);
	}
}
