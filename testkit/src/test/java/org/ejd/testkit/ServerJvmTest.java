package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tests start Kafka and Keycloak fast; the local stack and the performance run ask for them as a small region runs them:
 * the production JIT, the serial collector, sized heaps (ADR 0069).
 */
class ServerJvmTest {

	private final String before = System.getProperty(ServerJvm.PROPERTY);

	@AfterEach
	void restore() {
		if (before == null) {
			System.clearProperty(ServerJvm.PROPERTY);
		}
		else {
			System.setProperty(ServerJvm.PROPERTY, before);
		}
	}

	@Test
	void withoutTheSettingServersStartFastAsTestsNeed() {
		System.clearProperty(ServerJvm.PROPERTY);
		assertThat(ServerJvm.current()).isEqualTo(ServerJvm.FAST_START);
		assertThat(ServerJvm.FAST_START.kafkaOptions()).contains("-XX:TieredStopAtLevel=1");
	}

	@Test
	void productionServersRunTheOptimizingJitOnTheSerialCollectorWithSizedHeaps() {
		ServerJvm.use(ServerJvm.PRODUCTION);
		assertThat(ServerJvm.current()).isEqualTo(ServerJvm.PRODUCTION);
		assertThat(ServerJvm.PRODUCTION.kafkaOptions()).noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))
			.contains("-XX:+UseSerialGC", "-Xmx256m");
		assertThat(ServerJvm.PRODUCTION.kafkaEnvironment()).containsEntry("MALLOC_ARENA_MAX", "2");
		// Keycloak's kc.sh takes JAVA_OPTS whole: its G1 default must be gone, or the JVM refuses two collectors
		String keycloak = ServerJvm.PRODUCTION.keycloakEnvironment().get("JAVA_OPTS");
		assertThat(keycloak).contains("-XX:+UseSerialGC", "-Xmx256m", "-XX:MaxMetaspaceSize=256m").doesNotContain("G1");
		assertThat(ServerJvm.PRODUCTION.keycloakEnvironment()).doesNotContainKey("JAVA_OPTS_KC_HEAP");
	}

	@Test
	void productionServersGiveBackWhatAFullCollectionAndMallocFreed() {
		// ADR 0071: the heap cut to 1.25-1.7x what is live by each full collection, glibc's free arenas trimmed every 5 s
		String[] givenBack = { "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps",
				"-XX:TrimNativeHeapInterval=5000" };
		assertThat(ServerJvm.PRODUCTION.kafkaOptions()).contains(givenBack);
		assertThat(ServerJvm.PRODUCTION.keycloakEnvironment().get("JAVA_OPTS")).contains(givenBack);
		assertThat(ServerJvm.FAST_START.kafkaOptions()).doesNotContain(givenBack);
	}

	@Test
	void productionServersCompileWithC2AloneAndKeepNoProfiledCopies() {
		// ADR 0087: C1's profiled copies of warm methods were most of the code cache, which only a full collection empties
		assertThat(ServerJvm.PRODUCTION.kafkaOptions()).contains("-XX:-TieredCompilation");
		assertThat(ServerJvm.PRODUCTION.keycloakEnvironment().get("JAVA_OPTS")).contains("-XX:-TieredCompilation");
		assertThat(ServerJvm.FAST_START.kafkaOptions()).doesNotContain("-XX:-TieredCompilation");
	}

	@Test
	void anUnknownSettingIsRefusedByName() {
		System.setProperty(ServerJvm.PROPERTY, "huge");
		assertThatThrownBy(ServerJvm::current).hasMessageContaining("fast-start or production");
	}
}
