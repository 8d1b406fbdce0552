package org.ejd.notification.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

	static final ZoneId KAMCHATKA = ZoneId.of("Asia/Kamchatka");

	final QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

	@Test
	void aWindowAcrossMidnightCoversTheEveningAndTheEarlyMorning() {
		assertThat(night.covers(LocalTime.of(20, 59))).isFalse();
		assertThat(night.covers(LocalTime.of(21, 0))).isTrue();
		assertThat(night.covers(LocalTime.of(0, 0))).isTrue();
		assertThat(night.covers(LocalTime.of(7, 59))).isTrue();
		assertThat(night.covers(LocalTime.of(8, 0))).isFalse();
	}

	@Test
	void beforeMidnightTheMessageWaitsForTomorrowMorning() {
		ZonedDateTime lateEvening = ZonedDateTime.of(2026, 12, 1, 23, 30, 0, 0, KAMCHATKA);
		assertThat(night.nextAllowed(lateEvening)).isEqualTo(ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, KAMCHATKA));
	}

	@Test
	void afterMidnightTheMessageWaitsForThisMorning() {
		ZonedDateTime smallHours = ZonedDateTime.of(2026, 12, 2, 3, 0, 0, 0, KAMCHATKA);
		assertThat(night.nextAllowed(smallHours)).isEqualTo(ZonedDateTime.of(2026, 12, 2, 8, 0, 0, 0, KAMCHATKA));
	}

	@Test
	void outsideTheWindowAMessageGoesNow() {
		ZonedDateTime noon = ZonedDateTime.of(2026, 12, 2, 12, 0, 0, 0, KAMCHATKA);
		assertThat(night.nextAllowed(noon)).isEqualTo(noon);
	}

	@Test
	void aWindowWithinOneDayEndsTheSameDay() {
		QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
		ZonedDateTime two = ZonedDateTime.of(2026, 12, 2, 14, 0, 0, 0, KAMCHATKA);
		assertThat(afternoon.nextAllowed(two)).isEqualTo(ZonedDateTime.of(2026, 12, 2, 15, 0, 0, 0, KAMCHATKA));
		assertThat(afternoon.covers(LocalTime.of(12, 0))).isFalse();
	}
}
