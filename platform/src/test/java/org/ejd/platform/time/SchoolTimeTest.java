package org.ejd.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.Test;

class SchoolTimeTest {

	private static final UUID KAMCHATKA = UUID.randomUUID();

	private static final UUID KALININGRAD = UUID.randomUUID();

	private static final UUID UNKNOWN = UUID.randomUUID();

	/** 12:30 UTC on 30 November: 00:30 on 1 December in Petropavlovsk-Kamchatsky, 14:30 on the 30th in Kaliningrad. */
	private final SchoolTime time = new SchoolTime(Clock.fixed(Instant.parse("2026-11-30T12:30:00Z"), ZoneOffset.UTC),
			school -> Optional.ofNullable(Map.of(KAMCHATKA, SchoolTime.zoneOf("Asia/Kamchatka"), KALININGRAD,
					SchoolTime.zoneOf("Europe/Kaliningrad")).get(school)),
			SchoolTime.zoneOf("Europe/Moscow"));

	@Test
	void todayIsTheSchoolsOwnDateOnEitherSideOfItsMidnight() {
		assertThat(time.today(KAMCHATKA)).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(time.today(KALININGRAD)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aSchoolWhoseZoneIsNotKnownYetTakesTheConfiguredDefault() {
		assertThat(time.zone(UNKNOWN)).isEqualTo(SchoolTime.zoneOf("Europe/Moscow"));
		assertThat(time.today(UNKNOWN)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void aZoneFromOutsideIsParsedOrLeftEmptyNeverThrown() {
		assertThat(SchoolTime.parseZone("Asia/Kamchatka")).contains(SchoolTime.zoneOf("Asia/Kamchatka"));
		assertThat(SchoolTime.parseZone("Europe/Moskow")).isEmpty();
		assertThat(SchoolTime.parseZone(" ")).isEmpty();
		assertThat(SchoolTime.parseZone(null)).isEmpty();
	}

	@Test
	void aSpanIsRefusedWhenReversedOrLongerThanTheCap() {
		LocalDate start = LocalDate.of(2026, 9, 1);
		assertThat(DaySpan.of(start, start, "x").days()).isEqualTo(1);
		assertThat(DaySpan.of(start, start.plusDays(DaySpan.MAX_DAYS), "x").days()).isEqualTo(DaySpan.MAX_DAYS + 1);
		assertThatThrownBy(() -> DaySpan.of(start, start.plusDays(DaySpan.MAX_DAYS + 1), "diary.period.bad"))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
				assertThat(refusal.messageKey()).isEqualTo("diary.period.bad");
			});
		assertThatThrownBy(() -> DaySpan.of(start, start.minusDays(1), "x")).isInstanceOf(Refusal.class);
	}
}
