package org.ejd.consent.preferences.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PreferencesTest {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Test
	void quietHoursMaySpanMidnight() {
		QuietHours night = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));
		assertThat(night.contain(LocalTime.of(21, 0))).isTrue();
		assertThat(night.contain(LocalTime.of(23, 59))).isTrue();
		assertThat(night.contain(LocalTime.of(0, 0))).isTrue();
		assertThat(night.contain(LocalTime.of(7, 59))).isTrue();
		assertThat(night.contain(LocalTime.of(8, 0))).isFalse();
		assertThat(night.contain(LocalTime.of(12, 0))).isFalse();
	}

	@Test
	void quietHoursWithinADay() {
		QuietHours lessons = new QuietHours(LocalTime.of(8, 30), LocalTime.of(14, 0));
		assertThat(lessons.contain(LocalTime.of(8, 30))).isTrue();
		assertThat(lessons.contain(LocalTime.of(13, 59))).isTrue();
		assertThat(lessons.contain(LocalTime.of(14, 0))).isFalse();
		assertThat(lessons.contain(LocalTime.of(22, 0))).isFalse();
	}

	@Test
	void quietHoursThatStartWhenTheyEndAreRefused() {
		assertThatThrownBy(() -> new QuietHours(LocalTime.of(22, 0), LocalTime.of(22, 0, 30)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void kindsNotMentionedKeepTheDefaultInAppFeed() {
		Preferences p = new Preferences(Map.of(InformationKind.MARKS,
				new Preferences.Setting(EnumSet.of(NotificationChannel.SMS, NotificationChannel.APP), Delivery.DIGEST)), null, MOSCOW);
		assertThat(p.kinds()).hasSize(9);
		assertThat(p.kinds().get(InformationKind.HOMEWORK)).isEqualTo(Preferences.DEFAULT_SETTING);
		assertThat(p.kinds().get(InformationKind.ACHIEVEMENTS)).isEqualTo(Preferences.DEFAULT_SETTING);
		assertThat(p.channels()).containsExactlyInAnyOrder(NotificationChannel.APP, NotificationChannel.SMS);
		assertThat(Preferences.defaults(MOSCOW).channels()).containsExactly(NotificationChannel.APP);
	}

	@Test
	void presenceIsOffUntilChosenBecauseATurnstileReportsTwiceADay() {
		assertThat(Preferences.defaults(MOSCOW).kinds().get(InformationKind.PRESENCE).channels()).isEmpty();
		assertThat(InformationKind.ofWire("presence")).contains(InformationKind.PRESENCE);
		assertThat(InformationKind.ACHIEVEMENTS.wire()).isEqualTo("achievements");
	}

	@Test
	void anEmptyChannelListMeansNothingOfThatKindIsSent() {
		Preferences p = new Preferences(Map.of(InformationKind.HOMEWORK, new Preferences.Setting(Set.of(), Delivery.IMMEDIATE)), null, MOSCOW);
		assertThat(p.kinds().get(InformationKind.HOMEWORK).channels()).isEmpty();
	}

	@Test
	void kindsHaveTheirWireNames() {
		assertThat(InformationKind.FINAL_MARKS.wire()).isEqualTo("final-marks");
		assertThat(InformationKind.ofWire("final-marks")).contains(InformationKind.FINAL_MARKS);
		assertThat(InformationKind.ofWire("grades")).isEmpty();
	}
}
