package org.ejd.journal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ejd.journal.marks.domain.WorkType;
import org.junit.jupiter.api.Test;

class DeadlinePolicyTest {

	private final LocalDate monday = LocalDate.of(2026, 11, 16);

	private final DeadlinePolicy defaults = DeadlinePolicy.DEFAULTS;

	@Test
	void writtenWorkHasSixDaysOralWorkThreeAndDistanceWorkTheSameDay() {
		assertThat(defaults.markOnTime(WorkType.WRITTEN, monday, monday.plusDays(6))).isTrue();
		assertThat(defaults.markOnTime(WorkType.TEST, monday, monday.plusDays(7))).isFalse();
		assertThat(defaults.markOnTime(WorkType.ORAL, monday, monday.plusDays(3))).isTrue();
		assertThat(defaults.markOnTime(WorkType.ORAL, monday, monday.plusDays(4))).isFalse();
		assertThat(defaults.markOnTime(WorkType.DISTANCE, monday, monday)).isTrue();
		assertThat(defaults.markOnTime(WorkType.DISTANCE, monday, monday.plusDays(1))).isFalse();
	}

	@Test
	void topicsAreDueTheSameDayAndAbsencesWithinADay() {
		assertThat(defaults.topicOnTime(monday, monday)).isTrue();
		assertThat(defaults.topicOnTime(monday, monday.plusDays(1))).isFalse();
		assertThat(defaults.absenceOnTime(monday, monday.plusDays(1))).isTrue();
		assertThat(defaults.absenceOnTime(monday, monday.plusDays(2))).isFalse();
	}

	@Test
	void aSchoolMayGiveMoreTimeButNotANegativeOrEndlessDeadline() {
		DeadlinePolicy generous = new DeadlinePolicy(5, 10, 1, 1, 2, 3);
		assertThat(generous.markOnTime(WorkType.ORAL, monday, monday.plusDays(5))).isTrue();
		assertThatThrownBy(() -> new DeadlinePolicy(-1, 6, 0, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new DeadlinePolicy(3, 31, 0, 0, 1, 2)).isInstanceOf(IllegalArgumentException.class);
	}
}
