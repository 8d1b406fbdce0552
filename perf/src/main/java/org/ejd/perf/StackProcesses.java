package org.ejd.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ejd.testkit.RealServers;

/**
 * The processes this run started, each with the label the report groups it under: a service by its name, Kafka,
 * Keycloak, PostgreSQL, Gatling, and the rest (SMTP, SMPP, tools).
 */
final class StackProcesses {

	private static final Pattern SERVICE = Pattern.compile("org\\.ejd\\.(\\w+)\\.\\w+Application");

	private StackProcesses() {
	}

	/** This JVM's descendants, and the embedded PostgreSQL's processes, which are not (pg_ctl daemonizes it). */
	static Map<ProcessHandle, String> labelled() {
		Map<ProcessHandle, String> labelled = new LinkedHashMap<>();
		ProcessHandle.current().descendants().forEach(process -> labelled.put(process, label(commandLine(process.pid()))));
		String port = "-p " + RealServers.postgres().port();
		ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(port)
				|| p.parent().flatMap(parent -> parent.info().commandLine()).orElse("").contains(port))
			.forEach(process -> labelled.put(process, postgres(commandLine(process.pid()))));
		return labelled;
	}

	/** A PostgreSQL process's title: a backend's, {@code postgres: user database host state}, or a background process's. */
	private static final Pattern BACKEND = Pattern.compile("^postgres: \\S+ (\\S+) (\\S+\\(\\d+\\)|\\[local\\])");

	/** The report groups PostgreSQL's CPU by the database a backend serves; the server's own processes are "background". */
	static String postgres(String commandLine) {
		Matcher backend = BACKEND.matcher(commandLine);
		return POSTGRES + (backend.find() ? backend.group(1) : "background");
	}

	/** What every PostgreSQL process's label starts with. */
	static final String POSTGRES = "postgres: ";

	/** The process a label belongs to: every PostgreSQL label is the one server, {@code postgres}; any other is itself. */
	static String process(String label) {
		return label.startsWith(POSTGRES) ? "postgres" : label;
	}

	/** The database a PostgreSQL label names ({@code background} for the server's own processes); empty for any other. */
	static Optional<String> database(String label) {
		return label.startsWith(POSTGRES) ? Optional.of(label.substring(POSTGRES.length())) : Optional.empty();
	}

	/** /proc/<pid>/cmdline as text: ProcessHandle.Info gives none for some of the forked JVMs. */
	static String commandLine(long pid) {
		try {
			return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
		}
		catch (IOException ex) {
			return "";
		}
	}

	static String label(String commandLine) {
		Matcher service = SERVICE.matcher(commandLine);
		if (service.find()) {
			return service.group(1).equals("gateway") ? "gateway" : service.group(1) + "-service";
		}
		if (commandLine.contains("kafka.Kafka")) {
			return "kafka";
		}
		if (commandLine.contains("io.quarkus") || commandLine.contains("kc.home.dir")) {
			return "keycloak";
		}
		if (commandLine.contains("io.gatling.app.Gatling")) {
			return "gatling";
		}
		return "other (SMTP, SMPP, tools)";
	}
}
