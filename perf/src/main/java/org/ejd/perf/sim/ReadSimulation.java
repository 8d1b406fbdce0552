package org.ejd.perf.sim;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A family's read, or the bare endpoint beside it: {@code perf.connections} users, each on its own connection, send GET
 * {@code perf.path} (Gatling EL over the feeder's columns, e.g. {@code /api/diary/students/#{studentId}/week}) with
 * their own token, back to back, for {@code perf.seconds}.
 */
public class ReadSimulation extends Simulation {

	public ReadSimulation() {
		Load load = Load.fromSystem();
		ScenarioBuilder reads = scenario(load.name())
			.during(load.duration()).on(
				feed(csv(load.feeder()).circular())
					.exec(http(load.name()).get(load.path()).header("Authorization", "Bearer #{token}").check(status().is(200))));
		setUp(reads.injectOpen(atOnceUsers(load.connections())))
			.protocols(Protocols.json(load).connectionHeader("keep-alive"))
			.maxDuration(load.maxDuration());
	}
}
