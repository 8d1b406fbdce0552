package org.ejd.diary.rules;

import java.math.BigDecimal;

import org.ejd.diary.marks.domain.PeriodMarkRounding;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deployment's forecast rounding rule (docs/adr/0012): an average rounds up from {@code roundUpFrom} of a mark (0.5
 * unless the deployment sets {@code ejd.diary.forecast.round-up-from}). Only the fallback: a school's own threshold,
 * published with its averaging policy, wins ({@link SchoolRules#roundingInForce}, docs/adr/0014).
 */
@ConfigurationProperties("ejd.diary.forecast")
public record RoundingSettings(@Nullable BigDecimal roundUpFrom) {

	public PeriodMarkRounding rule() {
		return roundUpFrom == null ? PeriodMarkRounding.HALF_UP : new PeriodMarkRounding(roundUpFrom);
	}
}
