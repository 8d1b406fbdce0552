package org.ejd.diary.marks.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The forecast's rounding rule (docs/adr/0012): an average rounds up to the next whole mark when
 * its fractional part reaches {@code roundUpFrom} (0.5 by default: 3.50 → 4, 3.49 → 3).
 */
public record PeriodMarkRounding(BigDecimal roundUpFrom) {

	public static final PeriodMarkRounding HALF_UP = new PeriodMarkRounding(new BigDecimal("0.5"));

	public PeriodMarkRounding {
		if (roundUpFrom.signum() <= 0 || roundUpFrom.compareTo(BigDecimal.ONE) >= 0) {
			throw new IllegalArgumentException("the round-up threshold lies strictly between 0 and 1");
		}
	}

	public int expectedMark(BigDecimal average) {
		BigDecimal whole = average.setScale(0, RoundingMode.DOWN);
		BigDecimal fraction = average.subtract(whole);
		int mark = whole.intValue() + (fraction.compareTo(roundUpFrom) >= 0 ? 1 : 0);
		return Math.max(1, Math.min(5, mark));
	}
}
