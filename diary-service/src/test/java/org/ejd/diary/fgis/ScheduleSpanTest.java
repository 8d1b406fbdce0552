package org.ejd.diary.fgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class ScheduleSpanTest {

	private static final LocalDate WEDNESDAY = LocalDate.parse("2026-12-09");

	@Test
	void withoutDatesThePreviousTheCurrentAndTheNextWeek() {
		assertThat(ScheduleSpan.of(null, null, WEDNESDAY, 31))
			.isEqualTo(new ScheduleSpan(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-20")));
		assertThat(ScheduleSpan.of(null, null, LocalDate.parse("2026-12-13"), 31).start()).as("a Sunday is still that week")
			.isEqualTo(LocalDate.parse("2026-11-30"));
	}

	@Test
	void bothDatesAreTakenAsGivenUpToTheCapBothEndsIncluded() {
		assertThat(ScheduleSpan.of("2026-12-01", "2026-12-31", WEDNESDAY, 31))
			.isEqualTo(new ScheduleSpan(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-31")));
		assertThat(ScheduleSpan.of("2026-12-07", "2026-12-07", WEDNESDAY, 31).end()).isEqualTo(LocalDate.parse("2026-12-07"));
		refused(() -> ScheduleSpan.of("2026-12-01", "2027-01-01", WEDNESDAY, 31), "diary.fgis.span-too-long");
	}

	@Test
	void oneDateAloneAMalformedDateAndAStartAfterTheEndAreInvalid() {
		refused(() -> ScheduleSpan.of("2026-12-07", null, WEDNESDAY, 31), "diary.fgis.dates-both-or-neither");
		refused(() -> ScheduleSpan.of(null, "2026-12-07", WEDNESDAY, 31), "diary.fgis.dates-both-or-neither");
		refused(() -> ScheduleSpan.of("07.12.2026", "2026-12-13", WEDNESDAY, 31), "diary.fgis.bad-date");
		refused(() -> ScheduleSpan.of("2026-02-30", "2026-03-01", WEDNESDAY, 31), "diary.fgis.bad-date");
		refused(() -> ScheduleSpan.of("2026-12-13", "2026-12-07", WEDNESDAY, 31), "diary.fgis.start-after-end");
	}

	@Test
	void theWriterRenamesConfiguredFieldsAtEveryDepthAndKeepsTheOthers() {
		ScheduleWriter writer = new ScheduleWriter(Map.of("insteadOf", "replacedTeacher", "classroom", "room"));
		Map<String, Object> renamed = writer.rename(Map.of("schools", java.util.List.of(Map.of("classes", java.util.List.of(
				Map.of("lessons", java.util.List.of(Map.of("insteadOf", "Орлова Вера", "classroom", "214", "topic", "Дроби"))))))));
		assertThat(renamed.toString()).contains("replacedTeacher=Орлова Вера", "room=214", "topic=Дроби")
			.doesNotContain("insteadOf", "classroom");
	}

	private static void refused(Runnable call, String key) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(Refusal.class, r -> {
			assertThat(r.kind()).isEqualTo(Refusal.Kind.INVALID);
			assertThat(r.messageKey()).isEqualTo(key);
		});
	}
}
