package org.ejd.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejd.devstack.Quiet;

/**
 * Runs one Gatling simulation in a JVM of its own (the load generator shares the two cores with the stack, as wrk
 * would) and reads its console summary: request count, failures, p50, p99 and mean throughput.
 */
final class GatlingRun {

	private static final Pattern LINE = Pattern.compile("^>\\s*(.+?)\\s*\\|\\s*([\\d.,-]+)\\s*\\|\\s*([\\d.,-]+)\\s*\\|\\s*([\\d.,-]+)");

	private final Path resultsDir;

	private final Supplier<Quiet.Outcome> settle;

	/** @param settle waits until the stack has worked off what the path before left it, before a path's first run */
	GatlingRun(Path resultsDir, Supplier<Quiet.Outcome> settle) {
		this.resultsDir = resultsDir;
		this.settle = settle;
	}

	Quiet.Outcome settle() {
		return settle.get();
	}

	/**
	 * A run's summary; {@code from} and {@code until} bound its counted requests in epoch milliseconds, as its users
	 * printed them (0 when they did not).
	 */
	record Result(String name, long requests, long failed, double perSecond, long p50Millis, long p99Millis, long from, long until) {

		Result(String name, long requests, long failed, double perSecond, long p50Millis, long p99Millis) {
			this(name, requests, failed, perSecond, p50Millis, p99Millis, 0, 0);
		}
	}

	private static final Pattern WINDOW = Pattern.compile("^perf-window (from|until) (\\d+)$");

	Result run(String name, Class<?> simulation, Map<String, String> properties) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		// the JVM options Gatling's own launchers give it (its stats writer reads String internals)
		command.addAll(List.of("-Xms512m", "-Xmx1g", "-XX:+UseParallelGC", "-XX:MaxInlineLevel=20", "-XX:MaxTrivialSize=12",
				"--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
				"--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
		properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
		command.add("-Dperf.name=" + name);
		command.addAll(List.of("io.gatling.app.Gatling", "-s", simulation.getName(), "-rf", resultsDir.toString(), "-rd", name));
		Path log = resultsDir.resolve(name.replaceAll("[^A-Za-z0-9-]", "_") + ".log");
		try {
			Files.createDirectories(resultsDir);
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			int exit = process.waitFor();
			Result result = parse(name, Files.readAllLines(log), Integer.parseInt(properties.getOrDefault("perf.seconds", "20")));
			if (result == null) {
				throw new IllegalStateException("Gatling (" + name + ") exited " + exit + " without a summary; see " + log);
			}
			return result;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The "Global Information" block Gatling prints at the end of a run (total column). The rate is the requests
	 * answered as the simulation expects (Gatling's OK column) over the {@code seconds} they were sent in: Gatling's
	 * own "mean throughput" divides by the whole run, its silent warm-up included (ADR 0079), and a refused request is
	 * no view or mark served (session 39: a week view whose tokens had expired counted 7,727 answers a second, 115,910
	 * of them 401).
	 */
	static Result parse(String name, List<String> lines, int seconds) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		boolean global = false;
		for (String line : lines) {
			if (line.contains("Global Information")) {
				global = true;
				continue;
			}
			if (global && line.startsWith("----")) {
				break;
			}
			Matcher m = LINE.matcher(line);
			if (global && m.find()) {
				rows.put(m.group(1), new String[] { m.group(2), m.group(3), m.group(4) });
			}
		}
		if (!rows.containsKey("request count")) {
			return null;
		}
		long from = Long.MAX_VALUE;
		long until = 0;
		for (String line : lines) {
			Matcher m = WINDOW.matcher(line.strip());
			if (m.matches() && m.group(1).equals("from")) {
				from = Math.min(from, Long.parseLong(m.group(2)));
			}
			else if (m.matches()) {
				until = Math.max(until, Long.parseLong(m.group(2)));
			}
		}
		long requests = number(rows, "request count", 0);
		long failed = number(rows, "request count", 2);
		return new Result(name, requests, failed, (double) (requests - failed) / seconds,
				number(rows, "response time 50th percentile (ms)", 0),
				number(rows, "response time 99th percentile (ms)", 0), from == Long.MAX_VALUE ? 0 : from, until);
	}

	private static long number(Map<String, String[]> rows, String key, int column) {
		String[] row = rows.get(key);
		if (row == null || row[column].equals("-")) {
			return 0;
		}
		return Math.round(Double.parseDouble(row[column].replace(",", "")));
	}

	private static double decimal(Map<String, String[]> rows, String key) {
		String[] row = rows.get(key);
		return row == null || row[0].equals("-") ? 0 : Double.parseDouble(row[0].replace(",", ""));
	}
}
