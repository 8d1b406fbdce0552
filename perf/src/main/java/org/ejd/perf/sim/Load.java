package org.ejd.perf.sim;

import java.time.Duration;

/**
 * What a simulation is told by the performance run, as system properties of Gatling's JVM: where to send, for how long,
 * with how many connections, and the feeder file with the tokens and ids. Every simulation is bounded in time and talks
 * to loopback only.
 */
record Load(String name, String baseUrl, String path, int connections, Duration duration, String feeder) {

	static Load fromSystem() {
		return new Load(System.getProperty("perf.name", "read"), System.getProperty("perf.baseUrl", "http://localhost:8080"),
				System.getProperty("perf.path", "/"), Integer.getInteger("perf.connections", 16),
				Duration.ofSeconds(Integer.getInteger("perf.seconds", 20)), System.getProperty("perf.feeder", "feeder.csv"));
	}

	/** A hard stop a little after the planned end, should a request hang. */
	Duration maxDuration() {
		return duration.plusSeconds(30);
	}
}
