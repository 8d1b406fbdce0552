package org.ejd.perf.sim;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A teacher posts a whole class's marks for one piece of work in one request (POST /api/journal/marks/batch): the
 * feeder's {@code marks} column holds the JSON array of the class's students with their values.
 * <p>
 * As fast as the stack answers (P3), or, given {@code perf.pace-millis}, each connection starting one batch every that
 * many milliseconds, so that the connections together post at a fixed rate whatever the answers' latency (P4's "at
 * 1,000 marks/s", ADR 0082). A batch answered later than its pace is followed at once by the next.
 */
public class ClassBatchSimulation extends Simulation {

	static final String BATCH = """
			{"classGroupId":"#{classGroupId}","subjectId":"#{subjectId}","workType":"written","workDate":"#{workDate}",
			"marks":#{marks}}""";

	public ClassBatchSimulation() {
		Load load = Load.fromSystem();
		FeederBuilder<String> feeder = csv(load.feeder()).circular();
		Duration pace = Duration.ofMillis(Long.getLong("perf.pace-millis", 0));
		ScenarioBuilder batches = load.scenario(load.name(), silent -> (pace.isZero() ? feed(feeder) : pace(pace).feed(feeder))
			.exec(Load.quietly(http(load.name()).post(load.path()).header("Authorization", "Bearer #{token}")
				.body(StringBody(BATCH)).check(status().is(201)), silent)));
		setUp(batches.injectOpen(atOnceUsers(load.connections()))).protocols(Protocols.json(load)).maxDuration(load.maxDuration());
	}
}
