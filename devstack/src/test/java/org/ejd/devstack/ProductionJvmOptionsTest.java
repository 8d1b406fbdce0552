package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The performance run measures the JVM the images run (ADR 0055, 0069): the container's entry point carries the
 * collector and thread stacks of {@link Stack.Jvm#PRODUCTION}, and no Kubernetes manifest sets a heap share the entry
 * point would silently override (command-line options win over {@code JAVA_TOOL_OPTIONS}).
 */
class ProductionJvmOptionsTest {

	private static final Pattern ENTRYPOINT = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)]$");

	private static final Pattern TOOL_OPTIONS = Pattern.compile("name: JAVA_TOOL_OPTIONS\\s+value: (.*)");

	@Test
	void theImageRunsTheCollectorAndStacksThePerformanceRunMeasures() throws IOException {
		List<String> entrypoint = entrypoint();
		List<String> production = Stack.Jvm.PRODUCTION.options();
		production.stream().filter(option -> !option.startsWith("-Xm")) // heaps: a share of the container's limit instead
			.forEach(option -> assertThat(entrypoint).as("infra/docker/Dockerfile ENTRYPOINT").contains(option));
		assertThat(entrypoint).anyMatch(option -> option.startsWith("-XX:MaxRAMPercentage="));
		assertThat(Files.readString(root().resolve("infra/docker/Dockerfile"))).contains("ENV MALLOC_ARENA_MAX=2");
	}

	@Test
	void servicesGiveBackWhatAFullCollectionAndMallocFreedInTheRunAndTheImage() throws IOException {
		// ADR 0071: a bounded heap cut to 1.25-1.7x what is live by each full collection, glibc's free arenas trimmed
		List<String> givenBack = List.of("-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps",
				"-XX:TrimNativeHeapInterval=5000");
		assertThat(Stack.Jvm.PRODUCTION.options()).containsAll(givenBack).contains("-Xmx160m");
		assertThat(entrypoint()).containsAll(givenBack);
		assertThat(Stack.Jvm.FAST_START.options()).doesNotContainAnyElementsOf(givenBack);
	}

	@Test
	void servicesCompileWithC2AloneInTheRunAndTheImage() throws IOException {
		// ADR 0087: no C1 profiled copies of every warm method left in the code cache; the local stack keeps C1 for its start
		assertThat(Stack.Jvm.PRODUCTION.options()).contains("-XX:-TieredCompilation");
		assertThat(entrypoint()).contains("-XX:-TieredCompilation");
		assertThat(Stack.Jvm.FAST_START.options()).doesNotContain("-XX:-TieredCompilation").contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void noServiceManifestSetsAHeapShareTheImageOverrides() throws IOException {
		String share = entrypoint().stream().filter(option -> option.startsWith("-XX:MaxRAMPercentage=")).findFirst().orElseThrow();
		try (Stream<Path> manifests = Files.list(root().resolve("infra/k8s/base"))) {
			for (Path manifest : manifests.filter(p -> p.getFileName().toString().matches(".*-service\\.yaml|gateway\\.yaml")).toList()) {
				Matcher options = TOOL_OPTIONS.matcher(Files.readString(manifest));
				while (options.find()) {
					assertThat(options.group(1)).as(manifest.getFileName() + " JAVA_TOOL_OPTIONS")
						.satisfiesAnyOf(value -> assertThat(value).doesNotContain("MaxRAMPercentage"),
								value -> assertThat(value).contains(share));
				}
			}
		}
	}

	private static List<String> entrypoint() throws IOException {
		Matcher matcher = ENTRYPOINT.matcher(Files.readString(root().resolve("infra/docker/Dockerfile")));
		assertThat(matcher.find()).as("an exec-form ENTRYPOINT in infra/docker/Dockerfile").isTrue();
		return Stream.of(matcher.group(1).split(",")).map(part -> part.trim().replace("\"", "")).toList();
	}

	private static Path root() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("infra/docker"))) {
				return dir;
			}
		}
		throw new IllegalStateException("infra/docker not found above " + Path.of("").toAbsolutePath());
	}
}
