package org.ejd.perf.sim;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * A school's IT operator imports a roster from a CSV file (POST /api/identity/schools/{id}/imports, {@code text/csv}):
 * the feeder gives the school admin's token and the file, written by the performance run beforehand. Every file is
 * read once, before the first request, so the figures are the stack's and not this JVM's disk.
 */
public class CsvImportSimulation extends Simulation {

	public CsvImportSimulation() {
		Load load = Load.fromSystem();
		FeederBuilder<String> feeder = csv(load.feeder()).circular();
		Map<String, byte[]> files = new HashMap<>();
		// the records of the feeder as written: a circular feeder's never end
		csv(load.feeder()).readRecords().forEach(record -> files.computeIfAbsent(record.get("file").toString(), CsvImportSimulation::read));
		ScenarioBuilder imports = load.scenario(load.name(), silent -> feed(feeder)
			.exec(Load.quietly(http(load.name()).post(load.path()).header("Authorization", "Bearer #{token}")
				.header("Content-Type", "text/csv; charset=utf-8")
				.body(ByteArrayBody(session -> files.get(session.getString("file")))).check(status().is(201)), silent)));
		setUp(imports.injectOpen(atOnceUsers(load.connections()))).protocols(Protocols.json(load)).maxDuration(load.maxDuration());
	}

	private static byte[] read(String file) {
		try {
			return Files.readAllBytes(Path.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
