package org.ejd.perf.jmh;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ejd.contracts.journal.WeightedAverage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The one averaging rule (contracts WeightedAverage) over a subject's quarter: 30 marks of mixed weights and kinds. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AverageBenchmark {

	private List<WeightedAverage.Countable> quarter;

	@Setup
	public void quarter() {
		String[] values = { "5", "4", "3", "4", "5", "2", "н/а", "зачёт", "4" };
		BigDecimal[] weights = { BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("2") };
		quarter = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String value = values[i % values.length];
			String scale = WeightedAverage.isFivePointMark(value) ? "FIVE_POINT" : value.equals("зачёт") ? "PASS_FAIL" : "NOTE";
			quarter.add(new WeightedAverage.Countable(value, scale, weights[i % weights.length], i % 11 != 0));
		}
	}

	@Benchmark
	public Object weightedAverageOfAQuarter() {
		return WeightedAverage.of(quarter);
	}
}
