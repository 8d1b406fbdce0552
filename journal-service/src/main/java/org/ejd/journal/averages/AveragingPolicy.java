package org.ejd.journal.averages;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.ejd.journal.marks.domain.WorkType;

/**
 * A school's weights of work types for averages (by its local act), in force from a date.
 * A mark takes the weight in force on its work date when it is posted and keeps it: a later
 * policy never moves past averages (see docs/adr/0008).
 */
public record AveragingPolicy(LocalDate effectiveFrom, Map<WorkType, BigDecimal> weights, int version) {

	public static AveragingPolicy defaults() {
		Map<WorkType, BigDecimal> weights = new EnumMap<>(WorkType.class);
		for (WorkType type : WorkType.values()) {
			weights.put(type, BigDecimal.valueOf(type.defaultWeight()));
		}
		return new AveragingPolicy(LocalDate.of(2000, 1, 1), weights, 0);
	}

	public AveragingPolicy {
		for (WorkType type : WorkType.values()) {
			BigDecimal weight = weights.get(type);
			if (weight == null || weight.signum() <= 0 || weight.compareTo(BigDecimal.TEN) > 0) {
				throw new IllegalArgumentException("every work type needs a weight above 0 and at most 10");
			}
		}
		weights = Map.copyOf(weights);
	}

	public double weightOf(WorkType type) {
		return weights.get(type).doubleValue();
	}
}
