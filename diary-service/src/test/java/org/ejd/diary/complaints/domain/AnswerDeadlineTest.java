package org.ejd.diary.complaints.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AnswerDeadlineTest {

	final LocalDate registered = LocalDate.of(2026, 11, 30);

	@Test
	void byDefaultTheSchoolAnswersWithinThirtyDaysOfRegistrationAsForWrittenAppeals() {
		assertThat(new AnswerDeadline(AnswerDeadline.LAW).dueOn(registered)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void theDueDayIsStillOnTimeAndTheDayAfterItIsOverdue() {
		LocalDate due = LocalDate.of(2026, 12, 30);
		assertThat(AnswerDeadline.onTime(due, due)).isTrue();
		assertThat(AnswerDeadline.overdue(due, due)).isFalse();
		assertThat(AnswerDeadline.daysLeft(due, due)).isZero();
		assertThat(AnswerDeadline.onTime(due, due.plusDays(1))).isFalse();
		assertThat(AnswerDeadline.overdue(due, due.plusDays(1))).isTrue();
		assertThat(AnswerDeadline.daysOverdue(due, due.plusDays(3))).isEqualTo(3);
		assertThat(AnswerDeadline.daysOverdue(due, due.minusDays(3))).as("never negative").isZero();
		assertThat(AnswerDeadline.daysLeft(due, due.minusDays(3))).isEqualTo(3);
	}

	@Test
	void aSchoolPolicyMayShortenTheDeadlineButNeverExtendItPastTheLaw() {
		assertThat(new AnswerDeadline(10).dueOn(registered)).isEqualTo(LocalDate.of(2026, 12, 10));
		assertThatThrownBy(() -> new AnswerDeadline(31)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new AnswerDeadline(0)).isInstanceOf(IllegalArgumentException.class);
	}
}
