package org.ejd.journal.averages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.ejd.journal.marks.domain.WorkType;
import org.jspecify.annotations.Nullable;

/**
 * A school's weights of work types for averages (by its local act), in force from a date.
 * A mark takes the weight in force on its work date when it is posted and keeps it: a later
 * policy never moves past averages (see docs/adr/0008). {@code roundUpFrom}: the school's forecast rounding threshold
 * (docs/adr/0014), from which fraction an average rounds up to the next whole mark; null while the school has set none.
 */
public record AveragingPolicy(LocalDate effectiveFrom, Map<WorkType, BigDecimal> weights, int version,
		@Nullable BigDecimal roundUpFrom) {

	/** The range a school may choose its threshold in: from plain rounding (0.50) to a demanding 0.90, in hundredths. */
	public static final BigDecimal LOWEST_ROUND_UP_FROM = new BigDecimal("0.50");

	public static final BigDecimal HIGHEST_ROUND_UP_FROM = new BigDecimal("0.90");

	public static AveragingPolicy defaults() {
		Map<WorkType, BigDecimal> weights = new EnumMap<>(WorkType.class);
		for (WorkType type : WorkType.values()) {
			weights.put(type, BigDecimal.valueOf(type.defaultWeight()));
		}
		return new AveragingPolicy(LocalDate.of(2000, 1, 1), weights, 0, null);
	}

	public AveragingPolicy {
		for (WorkType type : WorkType.values()) {
			BigDecimal weight = weights.get(type);
			if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.TEN) > 0) {
				throw new IllegalArgumentException("every work type needs a weight above 0 and at most 10");
			}
		}
		weights = Map.copyOf(weights);
		if (roundUpFrom != null && (roundUpFrom.compareTo(LOWEST_ROUND_UP_FROM) < 0 || roundUpFrom.compareTo(HIGHEST_ROUND_UP_FROM) > 0
				|| roundUpFrom.stripTrailingZeros().scale() > 2)) {
			throw new IllegalArgumentException("the rounding threshold lies from 0.50 to 0.90, in hundredths");
		}
	}

	public double weightOf(WorkType type) {
		return weights.get(type).doubleValue();
	}
}
