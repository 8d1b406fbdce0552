package org.ejd.perf.sim;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A family's read, or the bare endpoint beside it: {@code perf.connections} users, each on its own connection, send GET
 * {@code perf.path} (Gatling EL over the feeder's columns, e.g. {@code /api/diary/students/#{studentId}/week}) with
 * their own token, back to back, for {@code perf.seconds}, after {@code perf.warm-seconds} of the same, uncounted.
 */
public class ReadSimulation extends Simulation {

	public ReadSimulation() {
		Load load = Load.fromSystem();
		FeederBuilder<String> feeder = csv(load.feeder()).circular();
		ScenarioBuilder reads = load.scenario(load.name(), silent -> feed(feeder)
			.exec(Load.quietly(http(load.name()).get(load.path()).header("Authorization", "Bearer #{token}").check(status().is(200)), silent)));
		setUp(reads.injectOpen(atOnceUsers(load.connections())))
			.protocols(Protocols.json(load).connectionHeader("keep-alive"))
			.maxDuration(load.maxDuration());
	}
}
