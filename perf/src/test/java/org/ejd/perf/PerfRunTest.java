package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PerfRunTest {

	@Test
	void p5ReadsTheWeekBeforeTheWritePhasesDayWhicheverWeekdayThatIs() {
		assertThat(PerfRun.untouchedWeek(LocalDate.of(2026, 12, 4))).isEqualTo("?date=2026-11-27");
		assertThat(PerfRun.untouchedWeek(LocalDate.of(2026, 11, 30))).isEqualTo("?date=2026-11-27");
	}

	@Test
	void p5ReadsTheDefaultSpanOfMarksEndingBeforeTheWritePhasesWeek() {
		assertThat(PerfRun.untouchedDays(LocalDate.of(2026, 12, 2))).isEqualTo("?from=2026-10-28&to=2026-11-27");
	}

	@Test
	void theUntouchedWeekHoldsLoadedMarks() {
		LocalDate today = LocalDate.of(2026, 12, 6); // a Sunday: the write phases' day is Friday the 4th
		LocalDate workDate = PerfData.schoolDays(today, 1).getFirst();
		LocalDate untouched = LocalDate.parse(PerfRun.untouchedWeek(workDate).substring("?date=".length()));

		assertThat(workDate).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(untouched).isBefore(workDate.with(DayOfWeek.MONDAY));
		assertThat(PerfData.schoolDays(today, 20)).contains(untouched);
	}
}
