package org.ejd.journal.averages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * The average of docs/adr/0008: Σ(weight × points) / Σ(weight) over five-point marks that count and
 * are not deleted, half-up to two places. The diary computes the same; contracts/vectors/averages.json
 * is the shared test vector both services check.
 */
public final class WeightedAverage {

	private WeightedAverage() {
	}

	/** One mark as it stood: its value, scale, weight, and whether it counts. */
	public record Entry(String value, String scale, BigDecimal weight, boolean counted) {

		boolean countable() {
			return counted && "five-point".equals(scale) && value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5'
					&& weight.signum() > 0;
		}
	}

	/** Empty when no mark counts. */
	public static Optional<BigDecimal> of(Collection<Entry> marks) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Entry mark : marks) {
			if (mark.countable()) {
				weighted = weighted.add(mark.weight().multiply(BigDecimal.valueOf(mark.value().charAt(0) - '0')));
				weights = weights.add(mark.weight());
			}
		}
		return weights.signum() == 0 ? Optional.empty() : Optional.of(weighted.divide(weights, 2, RoundingMode.HALF_UP));
	}
}
