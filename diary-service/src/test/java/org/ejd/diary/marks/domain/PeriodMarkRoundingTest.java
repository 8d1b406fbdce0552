package org.ejd.diary.marks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PeriodMarkRoundingTest {

	@Test
	void anAverageFromHalfUpwardsRoundsUpByDefault() {
		assertThat(PeriodMarkRounding.HALF_UP.expectedMark(new BigDecimal("3.50"))).isEqualTo(4);
		assertThat(PeriodMarkRounding.HALF_UP.expectedMark(new BigDecimal("3.49"))).isEqualTo(3);
		assertThat(PeriodMarkRounding.HALF_UP.expectedMark(new BigDecimal("5.00"))).isEqualTo(5);
		assertThat(PeriodMarkRounding.HALF_UP.expectedMark(new BigDecimal("1.00"))).isEqualTo(1);
	}

	@Test
	void aSchoolMayAskForMoreThanAHalfToRoundUp() {
		PeriodMarkRounding strict = new PeriodMarkRounding(new BigDecimal("0.6"));
		assertThat(strict.expectedMark(new BigDecimal("4.59"))).isEqualTo(4);
		assertThat(strict.expectedMark(new BigDecimal("4.60"))).isEqualTo(5);
	}

	@Test
	void aThresholdOutsideZeroToOneIsNoRule() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PeriodMarkRounding(BigDecimal.ONE));
		assertThatIllegalArgumentException().isThrownBy(() -> new PeriodMarkRounding(BigDecimal.ZERO));
	}
}
