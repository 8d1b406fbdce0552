package org.ejd.identity.applications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PortalAgeTest {

	private static final LocalDate BORN = LocalDate.parse("2012-05-15");

	@Test
	void theDayBeforeTheFourteenthBirthdayThePortalIsClosed() {
		assertThat(PortalAge.mayUsePortal(BORN, LocalDate.parse("2026-05-14"))).isFalse();
	}

	@Test
	void onTheFourteenthBirthdayThePortalIsOpen() {
		assertThat(PortalAge.mayUsePortal(BORN, LocalDate.parse("2026-05-15"))).isTrue();
		assertThat(PortalAge.mayUsePortal(BORN, LocalDate.parse("2026-05-16"))).isTrue();
	}

	@Test
	void aLeapDayChildTurnsFourteenOnTheTwentyEighthOfFebruaryInACommonYear() {
		LocalDate leapDay = LocalDate.parse("2012-02-29");
		assertThat(PortalAge.mayUsePortal(leapDay, LocalDate.parse("2026-02-27"))).isFalse();
		assertThat(PortalAge.mayUsePortal(leapDay, LocalDate.parse("2026-02-28"))).isTrue();
	}

	@Test
	void withoutABirthDateThePortalIsClosed() {
		assertThat(PortalAge.mayUsePortal(null, LocalDate.parse("2026-05-15"))).isFalse();
	}
}
