package org.ejd.perf.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RegionSizeTest {

	private static final LocalDate END_OF_YEAR = LocalDate.of(2027, 5, 31);

	private static final LocalDate LATE_NOVEMBER = LocalDate.of(2026, 11, 30);

	@Test
	void scaleOneIsTheIssuesRegion() {
		RegionSize region = new RegionSize(1.0, END_OF_YEAR);

		assertThat(region.students()).isEqualTo(1_000_000);
		assertThat(region.guardians()).isEqualTo(2_000_000);
		assertThat(region.marks()).isEqualTo(50_000_000);
		assertThat(region.classes()).isEqualTo(40_000);
		assertThat(region.schools()).isEqualTo(1_000);
		assertThat(region.assignments()).isEqualTo(400_000);
		assertThat(region.lessons()).isEqualTo(40_000L * region.schoolDays().size() * 6);
	}

	@Test
	void aHundredthIsTenThousandStudentsInTenSchools() {
		RegionSize region = new RegionSize(0.01, LATE_NOVEMBER);

		assertThat(region.students()).isEqualTo(10_000);
		assertThat(region.guardians()).isEqualTo(20_000);
		assertThat(region.classes()).isEqualTo(400);
		assertThat(region.schools()).isEqualTo(10);
		assertThat(region.marks()).isEqualTo(500_000);
	}

	@Test
	void theLastClassTakesTheStudentsLeftOver() {
		RegionSize region = new RegionSize(0.00051, LATE_NOVEMBER);

		assertThat(region.students()).isEqualTo(510);
		assertThat(region.classes()).isEqualTo(21);
		assertThat(region.classSize(0)).isEqualTo(25);
		assertThat(region.classSize(20)).isEqualTo(10);
		assertThat(region.schools()).isEqualTo(1);
	}

	@Test
	void everyStudentGetsFiftyMarksAtDistinctHeldLessons() {
		RegionSize region = new RegionSize(0.0005, LATE_NOVEMBER);
		int held = region.heldLessonsPerClass();

		for (int j = 0; j < RegionSize.CLASS_SIZE; j++) {
			int marks = 0;
			for (int n = 0; n < held; n++) {
				marks += region.marked(n, j) ? 1 : 0;
			}
			assertThat(marks).as("marks of student %d", j).isEqualTo(50);
		}
		assertThat(region.marksPerStudent()).isEqualTo(50);
	}

	@Test
	void inTheFirstDaysOfSeptemberEachHeldLessonGivesEveryStudentAMark() {
		RegionSize region = new RegionSize(0.0005, LocalDate.of(2026, 9, 2)); // Tuesday 1st and Wednesday 2nd held

		assertThat(region.heldLessonsPerClass()).isEqualTo(12);
		assertThat(region.marksPerStudent()).isEqualTo(12);
		assertThat(region.marked(11, 24)).isTrue();
		assertThat(region.marks()).isEqualTo(500L * 12);
	}

	@Test
	void lessonsAreOnWeekdaysOutsideTheHolidaysOfTheYearThatHoldsToday() {
		RegionSize region = new RegionSize(0.01, LocalDate.of(2027, 2, 10));

		assertThat(region.academicYear()).isEqualTo("2026/2027");
		assertThat(region.schoolDays()).first().isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(region.schoolDays()).last().isEqualTo(LocalDate.of(2027, 5, 31));
		assertThat(region.schoolDays()).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY)
			.doesNotContain(LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 25));
		assertThat(region.quarters()).allSatisfy(q -> assertThat(region.holidays())
			.noneMatch(h -> !h.start().isAfter(q.end()) && !h.end().isBefore(q.start())));
	}

	@Test
	void aScaleOutsideZeroToTenIsRefused() {
		assertThatThrownBy(() -> new RegionSize(0, LATE_NOVEMBER)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RegionSize(11, LATE_NOVEMBER)).isInstanceOf(IllegalArgumentException.class);
	}
}
