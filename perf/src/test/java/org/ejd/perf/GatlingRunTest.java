package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GatlingRunTest {

	/** The end of a real run's console output (Gatling 3.x). */
	private static final List<String> SUMMARY = List.of(
			"---- Global Information -------------------------------------------------------------|---Total---|-----OK----|----KO----",
			"> request count                                                                      |      1125 |      1125 |         -",
			"> response time 50th percentile (ms)                                                 |        43 |        43 |         -",
			"> response time 99th percentile (ms)                                                 |       137 |       137 |         -",
			"---- Response Time Distribution --------------------------------------------------------------------------------------");

	@Test
	void theCountedWindowRunsFromTheFirstUsersStartToTheLastUsersEnd() {
		List<String> lines = new java.util.ArrayList<>(List.of("perf-window from 1796491767120", "perf-window from 1796491767100",
				"perf-window until 1796491782100", "perf-window until 1796491782350"));
		lines.addAll(SUMMARY);

		GatlingRun.Result result = GatlingRun.parse("class batch", lines, 15);

		assertThat(result.requests()).isEqualTo(1125);
		assertThat(result.perSecond()).isEqualTo(75.0);
		assertThat(result.p50Millis()).isEqualTo(43);
		assertThat(result.p99Millis()).isEqualTo(137);
		assertThat(result.from()).isEqualTo(1796491767100L);
		assertThat(result.until()).isEqualTo(1796491782350L);
	}

	@Test
	void onlyRequestsAnsweredAsExpectedCountTowardTheRate() {
		List<String> lines = List.of(
				"---- Global Information -------------------------------------------------------------|---Total---|-----OK----|----KO----",
				"> request count                                                                      |   115,910 |       910 |   115,000",
				"> response time 50th percentile (ms)                                                 |         2 |         9 |         2",
				"> response time 99th percentile (ms)                                                 |         7 |        20 |         7",
				"---- Response Time Distribution --------------------------------------------------------------------------------------");

		GatlingRun.Result result = GatlingRun.parse("week view", lines, 15);

		assertThat(result.requests()).isEqualTo(115_910);
		assertThat(result.failed()).isEqualTo(115_000);
		assertThat(result.perSecond()).isCloseTo(60.67, org.assertj.core.data.Offset.offset(0.01));
	}

	@Test
	void aRunWithoutWindowLinesHasNone() {
		GatlingRun.Result result = GatlingRun.parse("class batch", SUMMARY, 15);

		assertThat(result.from()).isZero();
		assertThat(result.until()).isZero();
	}
}
