package org.ejd.perf.sim;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A teacher posts one mark at a time (POST /api/journal/marks): the feeder gives the teacher's token, the class, the
 * subject, a student of the class and a school day on which the class had the lesson.
 */
public class MarkSimulation extends Simulation {

	static final String MARK = """
			{"studentId":"#{studentId}","classGroupId":"#{classGroupId}","subjectId":"#{subjectId}","value":"#{value}",
			"workType":"oral","workDate":"#{workDate}"}""";

	public MarkSimulation() {
		Load load = Load.fromSystem();
		FeederBuilder<String> feeder = csv(load.feeder()).circular();
		ScenarioBuilder marks = load.scenario(load.name(), silent -> feed(feeder)
			.exec(Load.quietly(http(load.name()).post(load.path()).header("Authorization", "Bearer #{token}")
				.body(StringBody(MARK)).check(status().is(201)), silent)));
		setUp(marks.injectOpen(atOnceUsers(load.connections()))).protocols(Protocols.json(load)).maxDuration(load.maxDuration());
	}
}
