package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** docs/adr/0059: what version a genuine producer could have written, per kind. */
class VersionRuleTest {

	private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

	private final VersionRule rule = new VersionRule(Clock.fixed(NOW, ZoneOffset.UTC), 1000, Duration.ofMinutes(10), 31);

	@Test
	void aSequenceMayGrowByTheJumpButNotBeyond() {
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 7, 6)).doesNotThrowAnyException();
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 1006, 6)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rule.require(VersionKind.SEQUENCE, 1007, 6)).isInstanceOf(ImplausibleVersionException.class)
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("implausible version 1007");
	}

	@Test
	void aSequenceSeenForTheFirstTimeIsMeasuredFromZero() {
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 1, 0)).doesNotThrowAnyException();
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 1000, 0)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rule.require(VersionKind.SEQUENCE, Long.MAX_VALUE, 0))
			.isInstanceOf(ImplausibleVersionException.class);
	}

	@Test
	void aSequenceUpToTheJumpIsPlausibleWhateverWasAppliedSoItNeedsNoLookUp() {
		assertThat(rule.plausibleWhateverApplied(1)).isTrue();
		assertThat(rule.plausibleWhateverApplied(1000)).isTrue();
		assertThat(rule.plausibleWhateverApplied(1001)).isFalse();
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 1000, 0)).doesNotThrowAnyException();
	}

	@Test
	void aSequenceBelowTheAppliedVersionIsLeftToTheConsumersStaleCheck() {
		assertThatCode(() -> rule.require(VersionKind.SEQUENCE, 1, 5000)).doesNotThrowAnyException();
	}

	@Test
	void epochMillisMayNotLieAfterNowPlusTheSkew() {
		long latest = NOW.plus(Duration.ofMinutes(10)).toEpochMilli();
		assertThatCode(() -> rule.require(VersionKind.EPOCH_MILLIS, NOW.toEpochMilli(), 0)).doesNotThrowAnyException();
		assertThatCode(() -> rule.require(VersionKind.EPOCH_MILLIS, latest, 0)).doesNotThrowAnyException();
		assertThatCode(() -> rule.require(VersionKind.EPOCH_MILLIS, 1, 0)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rule.require(VersionKind.EPOCH_MILLIS, latest + 1, 0)).isInstanceOf(ImplausibleVersionException.class)
			.hasMessageContaining("epoch milliseconds");
		long yearsAhead = Instant.parse("2031-01-01T00:00:00Z").toEpochMilli();
		assertThatThrownBy(() -> rule.require(VersionKind.EPOCH_MILLIS, yearsAhead, 0)).isInstanceOf(ImplausibleVersionException.class);
	}

	@Test
	void anEpochDayMayNotLieBeyondTheDayBound() {
		LocalDate today = LocalDate.of(2026, 12, 1);
		assertThatCode(() -> rule.require(VersionKind.EPOCH_DAY, today.plusDays(31).toEpochDay(), 0)).doesNotThrowAnyException();
		assertThatThrownBy(() -> rule.require(VersionKind.EPOCH_DAY, today.plusDays(32).toEpochDay(), 0))
			.isInstanceOf(ImplausibleVersionException.class).hasMessageContaining("2027-01-01");
	}

	@Test
	void theCatalogueNamesTheKindsAsTheEnumSpellsThem() {
		for (VersionKind kind : VersionKind.values()) {
			org.assertj.core.api.Assertions.assertThat(VersionKind.of(kind.wire())).isEqualTo(kind);
		}
		assertThatThrownBy(() -> VersionKind.of("timestamp")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void boundsThatWouldRefuseEveryEventAreRefusedAtStart() {
		assertThatThrownBy(() -> new VersionRule(Clock.systemUTC(), 0, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
