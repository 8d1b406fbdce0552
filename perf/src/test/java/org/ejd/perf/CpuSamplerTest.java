package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import org.ejd.perf.CpuSampler.Sample;
import org.junit.jupiter.api.Test;

class CpuSamplerTest {

	private static final long MS = 1_000_000;

	private final NavigableMap<Long, Map<Long, Sample>> samples = new TreeMap<>(Map.of(
			1_000L, Map.of(1L, new Sample("journal-service", 100 * MS), 2L, new Sample("postgres", 50 * MS), 3L,
					new Sample("postgres", 10 * MS)),
			1_250L, Map.of(1L, new Sample("journal-service", 150 * MS), 2L, new Sample("postgres", 60 * MS), 3L,
					new Sample("postgres", 20 * MS)),
			1_500L, Map.of(1L, new Sample("journal-service", 400 * MS), 2L, new Sample("postgres", 90 * MS), 3L,
					new Sample("postgres", 30 * MS), 4L, new Sample("gatling", 70 * MS))));

	@Test
	void aWindowsCpuIsEachProcessesClockFromTheSampleBeforeItToTheSampleAfterItSummedByLabel() {
		assertThat(CpuSampler.between(samples, 1_100, 1_400)).containsExactlyInAnyOrderEntriesOf(Map.of(
				"journal-service", Duration.ofMillis(300), "postgres", Duration.ofMillis(60), "gatling", Duration.ofMillis(70)));
		assertThat(CpuSampler.between(samples, 1_250, 1_250 + 1)).containsEntry("journal-service", Duration.ofMillis(250));
	}

	@Test
	void aWindowTheSamplesDoNotCoverHasNoFigures() {
		assertThat(CpuSampler.between(samples, 900, 1_400)).isEmpty();
		assertThat(CpuSampler.between(samples, 1_100, 1_600)).isEmpty();
		assertThat(CpuSampler.between(samples, 0, 0)).isEmpty();
	}
}
