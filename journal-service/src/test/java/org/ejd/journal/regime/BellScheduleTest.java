package org.ejd.journal.regime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class BellScheduleTest {

	@Test
	void lessonsComeBackInTheOrderOfTheirNumbersAndMayFollowEachOtherWithoutABreak() {
		List<BellSchedule.Bell> bells = BellSchedule.checked(List.of(bell(2, "09:15", "10:00"), bell(1, "08:30", "09:15")));
		assertThat(bells).extracting(BellSchedule.Bell::number).containsExactly(1, 2);
	}

	@Test
	void aLessonStartingBeforeThePreviousOneEndsIsAnOverlap() {
		assertThatThrownBy(() -> BellSchedule.checked(List.of(bell(1, "08:30", "09:15"), bell(2, "09:14", "10:00"))))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.overlap"));
	}

	@Test
	void aLessonMustEndAfterItStarts() {
		assertThatThrownBy(() -> BellSchedule.checked(List.of(bell(1, "08:30", "08:30"))))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.ends-before-start"));
	}

	@Test
	void numbersAreOneToTwelveWithoutRepeatsAndThereAreOneToTwelveLessons() {
		assertThatThrownBy(() -> BellSchedule.checked(List.of(bell(1, "08:30", "09:15"), bell(1, "09:30", "10:15"))))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.number"));
		assertThatThrownBy(() -> BellSchedule.checked(List.of(bell(13, "08:30", "09:15"))))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.number"));
		assertThatThrownBy(() -> BellSchedule.checked(List.of()))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.count"));
		List<BellSchedule.Bell> twelve = new ArrayList<>();
		for (int n = 1; n <= 12; n++) {
			twelve.add(bell(n, String.format("%02d:00", 7 + n), String.format("%02d:45", 7 + n)));
		}
		assertThat(BellSchedule.checked(twelve)).hasSize(12);
		List<BellSchedule.Bell> thirteen = new ArrayList<>(twelve);
		thirteen.add(bell(12, "20:00", "20:45"));
		assertThatThrownBy(() -> BellSchedule.checked(thirteen))
			.isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("journal.bells.count"));
	}

	private static BellSchedule.Bell bell(int number, String start, String end) {
		return new BellSchedule.Bell(number, LocalTime.parse(start), LocalTime.parse(end));
	}
}
