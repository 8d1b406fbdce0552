package org.ejd.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.ejd.testkit.RealServers;
import org.ejd.testkit.Shutdown;

/**
 * The README's run command ends here: real PostgreSQL, Kafka, Keycloak and SMTP from
 * Maven-delivered artifacts, the five services and the gateway each in its own JVM, one school
 * of demo data, and the addresses and logins printed. Ctrl-C stops everything it started.
 */
public final class DevStack {

	private DevStack() {
	}

	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		Path root = buildSettings();
		Path logs = root.resolve(".ejd/logs");
		System.out.println("eJD: starting PostgreSQL, Kafka, Keycloak, SMTP and six services (logs: " + logs + ") ...");
		Stack stack;
		try {
			stack = Stack.start(Stack.Mode.FORKED, logs);
		}
		catch (RuntimeException ex) {
			System.err.println("eJD: the stack did not start: " + ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Shutdown.beforeServers(() -> {
			System.out.println("\neJD: stopping ...");
			stack.close();
			stopped.countDown();
		});
		Duration up = Duration.ofNanos(System.nanoTime() - start);
		System.out.println("eJD: services up in " + up.toSeconds() + " s; loading demo data ...");
		DemoData demo;
		try {
			demo = DemoData.load(stack.gatewayUrl());
			System.out.println("eJD: basic data in; entering a quarter of lessons, attendance and marks ...");
			demo.loadQuarter();
		}
		catch (RuntimeException ex) {
			System.err.println("eJD: demo data could not be loaded: " + ex.getMessage() + " (logs: " + logs + ")");
			System.exit(1);
			return;
		}
		Duration ready = Duration.ofNanos(System.nanoTime() - start);
		print(stack, demo, ready);
		stopped.await();
	}

	private static void print(Stack stack, DemoData demo, Duration ready) {
		String gateway = stack.gatewayUrl();
		StringBuilder out = new StringBuilder();
		out.append("\n================ eJD is running (ready in ").append(ready.toSeconds()).append(" s) ================\n");
		out.append("Gateway (API):   ").append(gateway).append("/api/...\n");
		out.append("Swagger UI:      ").append(gateway).append("/swagger-ui.html\n");
		out.append("Gateway health:  ").append(gateway).append("/actuator/health\n");
		out.append("Keycloak:        ").append(RealServers.keycloak().url()).append("  (admin console: admin / admin)\n");
		out.append("Token endpoint:  ").append(RealServers.keycloak().tokenUri()).append("\n");
		out.append("Kafka:           ").append(RealServers.kafka().bootstrapServers()).append("\n");
		out.append("PostgreSQL:      localhost:").append(RealServers.postgres().port()).append("  (postgres / postgres)\n");
		out.append("SMTP (catcher):  localhost:").append(RealServers.smtp().port()).append("\n");
		out.append("\nDemo logins (password for all: ").append(DemoData.PASSWORD).append("):\n");
		demo.logins().forEach((login, role) -> out.append(String.format("  %-10s %s%n", login, role)));
		out.append("\nServices (port, resident memory):\n");
		stack.pids().forEach((name, pid) -> out.append(String.format("  %-22s %5d  %s%n", name, stack.port(name), rss(pid))));
		out.append("\nTry it (the guardian reads her son's marks):\n");
		out.append("  TOKEN=$(curl -s -d grant_type=password -d client_id=ejd-cli -d username=ivanova -d password=")
			.append(DemoData.PASSWORD).append(" ").append(RealServers.keycloak().tokenUri())
			.append(" | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')\n");
		out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/diary/me/students\n");
		out.append("  curl -s -H \"Authorization: Bearer $TOKEN\" ").append(gateway).append("/api/diary/students/")
			.append(demo.people.get("ivanov")).append("/marks\n");
		out.append("\nCtrl-C stops everything.\n");
		System.out.println(out);
	}

	/** Resident memory of a process, from /proc (Linux). */
	static String rss(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmRSS:")) {
					long kb = Long.parseLong(line.replaceAll("\\D", ""));
					return (kb / 1024) + " MiB";
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not on Linux, or the process is gone
		}
		return "?";
	}

	/** Reads what the build wrote (local Maven repository, realm file) into system properties; returns the repo root. */
	private static Path buildSettings() throws IOException {
		Properties build = new Properties();
		try (InputStream in = DevStack.class.getResourceAsStream("/devstack-build.properties")) {
			if (in != null) {
				build.load(in);
			}
		}
		for (Map.Entry<Object, Object> entry : build.entrySet()) {
			String key = entry.getKey().toString();
			if (key.startsWith("ejd.") && System.getProperty(key) == null) {
				System.setProperty(key, entry.getValue().toString());
			}
		}
		return Path.of(build.getProperty("root.dir", ".")).toAbsolutePath().normalize();
	}
}
