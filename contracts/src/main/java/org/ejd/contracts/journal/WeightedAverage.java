package org.ejd.contracts.journal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Optional;

/**
 * What the marks of {@code journal.marks.v1} average to (docs/adr/0008): Σ(weight × points) / Σ(weight)
 * over five-point marks that count, half-up to two places. Written once beside the contract, so the
 * journal and the diary cannot answer differently; contracts/vectors/averages.json is its test vector.
 */
public final class WeightedAverage {

	private WeightedAverage() {
	}

	/** One mark as the average sees it. */
	public record Countable(String value, String scale, BigDecimal weight, boolean counted) {

		public boolean countable() {
			return counted && "five-point".equals(scale) && isFivePointMark(value) && weight.signum() > 0;
		}

		public int points() {
			return value.charAt(0) - '0';
		}
	}

	/** A mark of the five-point scale: 1 to 5. */
	public static boolean isFivePointMark(String value) {
		return value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5';
	}

	/** How many of the marks count in the average. */
	public static int counting(Collection<Countable> marks) {
		return (int) marks.stream().filter(Countable::countable).count();
	}

	/** Empty when no mark counts. */
	public static Optional<BigDecimal> of(Collection<Countable> marks) {
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Countable mark : marks) {
			if (mark.countable()) {
				weighted = weighted.add(mark.weight().multiply(BigDecimal.valueOf(mark.points())));
				weights = weights.add(mark.weight());
			}
		}
		if (weights.signum() == 0) {
			return Optional.empty();
		}
		return Optional.of(weighted.divide(weights, 2, RoundingMode.HALF_UP));
	}
}
