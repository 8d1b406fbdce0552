package org.ejd.journal.marks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class MarkValueTest {

	@Test
	void fivePointMarksCountInAverages() {
		assertThat(MarkValue.parse(" 4 ")).hasValueSatisfying(v -> {
			assertThat(v.points()).isEqualTo(4);
			assertThat(v.scale()).isEqualTo(MarkValue.Scale.FIVE_POINT);
		});
	}

	@Test
	void passFailAndNotesHaveNoPoints() {
		assertThat(MarkValue.parse("Зачет")).hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("зачёт"));
		assertThat(MarkValue.parse("н/а")).hasValueSatisfying(v -> assertThat(v.points()).isNull());
	}

	@Test
	void anythingElseIsNoMark() {
		assertThat(MarkValue.parse("6")).isEmpty();
		assertThat(MarkValue.parse("")).isEmpty();
		assertThat(MarkValue.parse("5+")).isEmpty();
	}

	@Test
	void writtenWorkHasSixDaysAndOralWorkThree() {
		LocalDate monday = LocalDate.of(2026, 11, 16);
		assertThat(WorkType.WRITTEN.onTime(monday, monday.plusDays(6))).isTrue();
		assertThat(WorkType.WRITTEN.onTime(monday, monday.plusDays(7))).isFalse();
		assertThat(WorkType.ORAL.onTime(monday, monday.plusDays(3))).isTrue();
		assertThat(WorkType.ORAL.onTime(monday, monday.plusDays(4))).isFalse();
		assertThat(WorkType.DISTANCE.onTime(monday, monday.plusDays(1))).isFalse();
	}
}
