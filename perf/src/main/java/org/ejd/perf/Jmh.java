package org.ejd.perf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.results.format.ResultFormatType;

/** The JMH suite of the hot paths (org.ejd.perf.jmh), short but forked: one fork, 3 × 1 s warm-up, 5 × 1 s measured. */
final class Jmh {

	private Jmh() {
	}

	record Score(String name, double score, double error, String unit) {
	}

	static List<Score> run(Path json) throws RunnerException {
		Options options = new OptionsBuilder().include("org\\.ejd\\.perf\\.jmh\\..*").forks(1).warmupIterations(3)
			.warmupTime(TimeValue.seconds(1)).measurementIterations(5).measurementTime(TimeValue.seconds(1))
			.jvmArgs("-Xmx512m").result(json.toString()).resultFormat(ResultFormatType.JSON).build();
		Collection<RunResult> results = new Runner(options).run();
		List<Score> scores = new ArrayList<>();
		for (RunResult result : results) {
			var primary = result.getPrimaryResult();
			String name = result.getParams().getBenchmark().replace("org.ejd.perf.jmh.", "");
			scores.add(new Score(name, primary.getScore(), primary.getScoreError(), primary.getScoreUnit()));
		}
		return scores;
	}

	/** Only the suite, without the stack: {@code java -cp … org.ejd.perf.Jmh}. */
	public static void main(String[] args) throws RunnerException {
		run(Path.of(System.getProperty("java.io.tmpdir"), "ejd-jmh.json"))
			.forEach(s -> System.out.printf("%-60s %12.1f ± %.1f %s%n", s.name(), s.score(), s.error(), s.unit()));
	}
}
