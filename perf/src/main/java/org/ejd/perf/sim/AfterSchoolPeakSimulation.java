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
 * The mixed after-school peak: families open the week view and the marks (three users in four) while teachers post the
 * day's marks (one in four), on the same stack at the same time. Feeders: {@code perf.feeder} for families,
 * {@code perf.teacherFeeder} for teachers. The families read {@code perf.weekPath} and {@code perf.marksPath} (the
 * current week and the default 30 days unless told otherwise).
 */
public class AfterSchoolPeakSimulation extends Simulation {

	public AfterSchoolPeakSimulation() {
		Load load = Load.fromSystem();
		String teachers = System.getProperty("perf.teacherFeeder");
		int families = Math.max(1, load.connections() * 3 / 4);
		int staff = Math.max(1, load.connections() - families);
		String week = System.getProperty("perf.weekPath", "/api/diary/students/#{studentId}/week");
		String marks = System.getProperty("perf.marksPath", "/api/diary/students/#{studentId}/marks");
		FeederBuilder<String> familyFeeder = csv(load.feeder()).circular();
		FeederBuilder<String> teacherFeeder = csv(teachers).circular();
		ScenarioBuilder reading = load.scenario("peak: family reads", silent -> feed(familyFeeder)
			.exec(Load.quietly(http("peak: week").get(week).header("Authorization", "Bearer #{token}")
				.check(status().is(200)), silent))
			.exec(Load.quietly(http("peak: marks").get(marks).header("Authorization", "Bearer #{token}")
				.check(status().is(200)), silent)));
		ScenarioBuilder marking = load.scenario("peak: teacher marks", silent -> feed(teacherFeeder)
			.exec(Load.quietly(http("peak: mark").post("/api/journal/marks").header("Authorization", "Bearer #{token}")
				.body(StringBody(MarkSimulation.MARK)).check(status().is(201)), silent)));
		setUp(reading.injectOpen(atOnceUsers(families)), marking.injectOpen(atOnceUsers(staff)))
			.protocols(Protocols.json(load))
			.maxDuration(load.maxDuration());
	}
}
