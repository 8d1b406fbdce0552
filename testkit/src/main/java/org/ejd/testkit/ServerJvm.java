package org.ejd.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the JVMs of the servers testkit starts itself (the Kafka broker, Keycloak) run. Tests start them fast: C1 only for
 * Kafka, the heaps as they always were. The local stack ({@code ./run}) and the performance run set
 * {@code -Dejd.servers.jvm=production} ({@link #use}): the production JIT (C2), heaps sized to what the performance run
 * keeps live with head-room (ADR 0069), the serial collector and two malloc arenas as the services run
 * ({@code Stack.Jvm.PRODUCTION}). A region's own broker and Keycloak are sized by its operators.
 */
public enum ServerJvm {

	/** Fast to start, for tests: Kafka on C1 only; Keycloak's own defaults (G1) with the heap tests always gave it. */
	FAST_START(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), List.of("-Xms64m", "-Xmx512m"),
			false),

	/**
	 * As a small region's servers run: C2 alone (ADR 0087), the serial collector, heaps with head-room above what the
	 * performance run keeps live (ADR 0069) and cut back to the live set by each full collection, two malloc arenas whose
	 * free memory is given back every 5 s (ADR 0071).
	 */
	PRODUCTION(List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:-TieredCompilation", "-Xss512k", "-XX:MinHeapFreeRatio=20",
			"-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps", "-XX:TrimNativeHeapInterval=5000"),
			List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:-TieredCompilation", "-Xss512k", "-XX:MinHeapFreeRatio=20",
					"-XX:MaxHeapFreeRatio=40", "-XX:-ShrinkHeapInSteps", "-XX:TrimNativeHeapInterval=5000"), true);

	/** The system property naming the setting: {@code fast-start} (the default) or {@code production}. */
	public static final String PROPERTY = "ejd.servers.jvm";

	/** kc.sh's own JAVA_OPTS without its collector (G1) and heap: what {@link #PRODUCTION} gives Keycloak beside its options. */
	private static final List<String> KEYCLOAK_DEFAULTS = List.of("-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m",
			"-XX:+ExitOnOutOfMemoryError", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
			"-Dsun.err.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
			"-Djava.security.egd=file:/dev/urandom", "-Djdk.tls.rejectClientInitiatedRenegotiation=true");

	private final List<String> kafkaOptions;

	private final List<String> keycloakOptions;

	private final boolean production;

	ServerJvm(List<String> kafkaOptions, List<String> keycloakOptions, boolean production) {
		this.kafkaOptions = kafkaOptions;
		this.keycloakOptions = keycloakOptions;
		this.production = production;
	}

	/** The setting of this JVM: {@code -Dejd.servers.jvm}, else {@link #FAST_START}. */
	public static ServerJvm current() {
		String value = System.getProperty(PROPERTY, "fast-start");
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("-D" + PROPERTY + " is fast-start or production, not " + value, ex);
		}
	}

	/** Sets this JVM's setting: before the first server starts ({@link RealServers}), which reads it once per server. */
	public static void use(ServerJvm jvm) {
		System.setProperty(PROPERTY, jvm.name().toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** The Kafka broker's JVM options (heap, collector, JIT). */
	public List<String> kafkaOptions() {
		return kafkaOptions;
	}

	/** What the Kafka broker's environment gets beside the inherited one. */
	public Map<String, String> kafkaEnvironment() {
		return production ? Map.of("MALLOC_ARENA_MAX", "2") : Map.of();
	}

	/** Keycloak's heap, and for {@link #PRODUCTION} its collector and thread stacks. */
	public List<String> keycloakOptions() {
		return keycloakOptions;
	}

	/**
	 * What Keycloak's {@code kc.sh} reads: for tests its heap ({@code JAVA_OPTS_KC_HEAP}) beside its own defaults (G1); for
	 * {@link #PRODUCTION} the whole {@code JAVA_OPTS}, its defaults with the serial collector instead of G1 (the JVM
	 * refuses two collectors, so appending one would not do), and two malloc arenas.
	 */
	public Map<String, String> keycloakEnvironment() {
		if (!production) {
			return Map.of("JAVA_OPTS_KC_HEAP", String.join(" ", keycloakOptions));
		}
		List<String> options = new ArrayList<>(keycloakOptions);
		options.addAll(KEYCLOAK_DEFAULTS);
		return Map.of("JAVA_OPTS", String.join(" ", options), "MALLOC_ARENA_MAX", "2");
	}
}
