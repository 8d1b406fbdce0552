package org.ejd.testkit;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A server running as a child process, logged to a file, stopped with the JVM that started it. */
final class ChildProcess implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ChildProcess.class);

	private final String name;

	private final Process process;

	private final Path logFile;

	/** How it was started, for {@link #restart}. */
	private final List<String> command;

	private final Path workDir;

	private final Map<String, String> environment;

	private ChildProcess(String name, Process process, Path logFile, List<String> command, Path workDir,
			Map<String, String> environment) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
		this.command = command;
		this.workDir = workDir;
		this.environment = environment;
		Shutdown.server(this);
	}

	static ChildProcess start(String name, List<String> command, Path workDir, Map<String, String> environment) {
		try {
			Files.createDirectories(workDir);
			Path logFile = workDir.resolve(name + ".log");
			ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().putAll(environment);
			log.info("Starting {} (log: {})", name, logFile);
			return new ChildProcess(name, builder.start(), logFile, List.copyOf(command), workDir, Map.copyOf(environment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start " + name, ex);
		}
	}

	/** Runs a command to its end; fails with its output when it fails. */
	static void run(String name, List<String> command, Path workDir, Duration timeout) {
		ChildProcess child = start(name, command, workDir, Map.of());
		try {
			if (!child.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				child.close();
				throw new IllegalStateException(name + " did not finish within " + timeout + "\n" + child.tail());
			}
			if (child.process.exitValue() != 0) {
				throw new IllegalStateException(name + " failed with exit code " + child.process.exitValue() + "\n" + child.tail());
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	void awaitReady(Duration timeout, BooleanSupplier ready) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(name + " exited with code " + process.exitValue() + "\n" + tail());
			}
			if (ready.getAsBoolean()) {
				return;
			}
			sleep(250);
		}
		throw new IllegalStateException(name + " not ready within " + timeout + "\n" + tail());
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Freezes the process and what it started (SIGSTOP; Keycloak's {@code kc.sh} runs its JVM as a child): its sockets
	 * stay open but nothing answers, as with a hung server.
	 */
	void pause() {
		signal("-STOP");
	}

	void resume() {
		signal("-CONT");
	}

	private void signal(String signal) {
		try {
			java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("kill", signal, Long.toString(process.pid())));
			process.descendants().forEach(child -> command.add(Long.toString(child.pid())));
			new ProcessBuilder(command).inheritIO().start().waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Kills it (SIGKILL, with its children) as a crash would: see {@link #close}. */
	void kill() {
		close();
	}

	/** The same command started again in the same folder (after {@link #kill}: same ports, same data), logging to the same file. */
	ChildProcess restart() {
		close();
		return start(name, command, workDir, environment);
	}

	String tail() {
		try {
			List<String> lines = Files.readAllLines(logFile);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/**
	 * Kills the server (SIGKILL, with its children): its data lives in a throw-away folder, and a
	 * graceful stop (Kafka's controlled shutdown, Keycloak's) can take longer than a test fork may.
	 */
	@Override
	public void close() {
		if (!process.isAlive()) {
			return;
		}
		List<ProcessHandle> descendants = process.descendants().toList();
		process.destroyForcibly();
		descendants.forEach(ProcessHandle::destroyForcibly);
		try {
			process.waitFor(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
