package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

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
	void p1ReadsTheWeekAndTheThirtyDaysOfTheDayTheSchoolWasLoadedOnAsTheDiaryAnswersThemUnasked() {
		assertThat(PerfRun.weekOf(LocalDate.of(2026, 12, 6))).isEqualTo("?date=2026-12-06");
		assertThat(PerfRun.thirtyDaysTo(LocalDate.of(2026, 12, 6))).isEqualTo("?from=2026-11-06&to=2026-12-06");
	}

	@Test
	void aRunLoadedOnSundayKeepsItsUntouchedWeekOffTheWritePhasesDayPastTheSchoolsMidnight() {
		LocalDate loadedOn = LocalDate.of(2026, 12, 6); // Sunday: the write phases post on Friday the 4th
		LocalDate workDate = PerfData.lastSchoolDay(loadedOn);
		// what session 41's run did after Moscow's midnight: the day read again, Monday the 7th, made Friday the untouched day
		LocalDate readAgain = PerfData.lastSchoolDay(loadedOn.plusDays(1));

		assertThat(PerfRun.untouchedWeek(workDate)).isEqualTo("?date=2026-11-27");
		assertThat(PerfRun.untouchedWeek(readAgain)).isEqualTo(PerfRun.weekOf(workDate));
	}

	@Test
	void theAfterSchoolPeaksFamiliesReadWhatTheWritePhasesLeftAsLoadedWhileItsTeachersPostOnTheirDay() {
		Map<String, String> peak = PerfRun.peak("http://localhost:1", Path.of("families.csv"), Path.of("marks.csv"),
				LocalDate.of(2026, 12, 4));

		assertThat(peak).containsEntry("perf.weekPath", "/api/diary/students/#{studentId}/week?date=2026-11-27")
			.containsEntry("perf.marksPath", "/api/diary/students/#{studentId}/marks?from=2026-10-28&to=2026-11-27")
			.containsEntry("perf.feeder", "families.csv")
			.containsEntry("perf.teacherFeeder", "marks.csv");
	}

	@Test
	void theUntouchedWeekHoldsLoadedMarks() {
		LocalDate today = LocalDate.of(2026, 12, 6); // a Sunday: the write phases' day is Friday the 4th
		LocalDate workDate = PerfData.lastSchoolDay(today);
		LocalDate untouched = LocalDate.parse(PerfRun.untouchedWeek(workDate).substring("?date=".length()));

		assertThat(workDate).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(untouched).isBefore(workDate.with(DayOfWeek.MONDAY));
		assertThat(PerfData.schoolDays(today, 20)).contains(untouched);
	}
}
