package org.ejd.perf.sim;

import java.time.Duration;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a simulation is told by the performance run, as system properties of Gatling's JVM: where to send, for how long,
 * with how many connections, and the feeder file with the tokens and ids. Every simulation is bounded in time and talks
 * to loopback only.
 */
record Load(String name, String baseUrl, String path, int connections, Duration warmUp, Duration duration, String feeder) {

	static Load fromSystem() {
		return new Load(System.getProperty("perf.name", "read"), System.getProperty("perf.baseUrl", "http://localhost:8080"),
				System.getProperty("perf.path", "/"), Integer.getInteger("perf.connections", 16),
				Duration.ofSeconds(Integer.getInteger("perf.warm-seconds", 0)), Duration.ofSeconds(Integer.getInteger("perf.seconds", 20)),
				System.getProperty("perf.feeder", "feeder.csv"));
	}

	/**
	 * A scenario whose users first send their requests silently for {@link #warmUp()} (not in Gatling's figures: this
	 * JVM's own JIT warms up meanwhile, ADR 0079), then for {@link #duration()} counted. {@code requests} builds the
	 * chain, its requests silent when given {@code true}.
	 */
	ScenarioBuilder scenario(String scenario, Function<Boolean, ChainBuilder> requests) {
		ScenarioBuilder users = CoreDsl.scenario(scenario);
		if (!warmUp.isZero()) {
			users = users.during(warmUp).on(requests.apply(true));
		}
		return users.exec(session -> mark("from", session)).during(duration).on(requests.apply(false))
			.exec(session -> mark("until", session));
	}

	/**
	 * Printed by each user as its counted requests begin and end: the performance run takes the first {@code from} and
	 * the last {@code until} as the window whose CPU it reports by process.
	 */
	static final String WINDOW = "perf-window ";

	private static io.gatling.javaapi.core.Session mark(String edge, io.gatling.javaapi.core.Session session) {
		System.out.println(WINDOW + edge + " " + System.currentTimeMillis());
		return session;
	}

	/** The request, silent during the warm-up. */
	static HttpRequestActionBuilder quietly(HttpRequestActionBuilder request, boolean silent) {
		return silent ? request.silent() : request;
	}

	/** A hard stop a little after the planned end, should a request hang. */
	Duration maxDuration() {
		return warmUp.plus(duration).plusSeconds(30);
	}
}
