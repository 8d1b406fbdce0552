package org.ejd.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A logical backup of one service's database, taken the way {@code pg_dump --data-only} takes it: every table's rows
 * with {@code COPY ... TO STDOUT} inside one REPEATABLE READ, read-only transaction (one snapshot for all tables), plus
 * the sequences' values. The schema is not in it: Flyway creates it, and a restore checks that the target stands at
 * the same migration. testkit's PostgreSQL binaries carry no {@code pg_dump}; production uses {@code pg_dump} and
 * CloudNativePG's backups (docs/operations.md), this proves the restore-and-replay procedure around them.
 *
 * @param takenAt the snapshot's transaction time ({@code now()} in it): what the database shows is at least as old
 * @param schemaVersion the Flyway version the rows belong to
 * @param tables each table's columns and rows in COPY text format
 * @param sequences each sequence's last value
 */
public record LogicalBackup(Instant takenAt, String schemaVersion, List<Table> tables, Map<String, Long> sequences) {

	/** One table's rows as COPY text, with the columns in the order they were written. */
	public record Table(String name, List<String> columns, byte[] rows) {

		long rowCount() {
			long lines = 0;
			for (byte b : rows) {
				if (b == '\n') {
					lines++;
				}
			}
			return lines;
		}
	}

	private static final String SCHEMA_HISTORY = "flyway_schema_history";

	/** Takes the backup of the data source's current schema in one snapshot. */
	public static LogicalBackup take(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			connection.setReadOnly(true);
			try {
				Instant takenAt;
				String version;
				try (Statement statement = connection.createStatement()) {
					// the first query fixes the snapshot; now() is the transaction's start, no later than it
					try (ResultSet rs = statement.executeQuery("select now()")) {
						rs.next();
						takenAt = rs.getTimestamp(1).toInstant();
					}
					version = schemaVersion(statement);
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				List<Table> tables = new ArrayList<>();
				for (String table : tables(connection)) {
					List<String> columns = columns(connection, table);
					ByteArrayOutputStream rows = new ByteArrayOutputStream();
					copy.copyOut("COPY (SELECT " + String.join(", ", columns) + " FROM " + quote(table) + ") TO STDOUT", rows);
					tables.add(new Table(table, columns, rows.toByteArray()));
				}
				Map<String, Long> sequences = new LinkedHashMap<>();
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("""
								select sequencename, last_value from pg_sequences
								where schemaname = current_schema() and last_value is not null order by sequencename""")) {
					while (rs.next()) {
						sequences.put(rs.getString(1), rs.getLong(2));
					}
				}
				connection.commit();
				return new LogicalBackup(takenAt, version, List.copyOf(tables), Map.copyOf(sequences));
			}
			finally {
				connection.rollback();
				connection.setReadOnly(false);
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("cannot take a logical backup", ex);
		}
	}

	/**
	 * Writes the rows back into a database whose schema Flyway has just created at the same version (empty tables), in
	 * one transaction. As {@code pg_restore --data-only --disable-triggers} does, triggers and foreign-key checks are off
	 * while the rows go in ({@code session_replication_role = replica}, which takes a superuser): the rows are already
	 * consistent, and a trigger would otherwise write its side rows (the change feed's) a second time.
	 */
	public void restoreInto(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				try (Statement statement = connection.createStatement()) {
					String version = schemaVersion(statement);
					if (!version.equals(schemaVersion)) {
						throw new IllegalStateException(
								"the backup belongs to schema version " + schemaVersion + ", the database stands at " + version);
					}
					statement.execute("set local session_replication_role = replica");
				}
				for (String table : tables(connection)) {
					try (Statement statement = connection.createStatement();
							ResultSet rs = statement.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
						rs.next();
						if (rs.getBoolean(1)) {
							throw new IllegalStateException("restore into an emptied database: " + table + " has rows");
						}
					}
				}
				CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
				for (Table table : tables) {
					long written = copy.copyIn("COPY " + quote(table.name()) + " (" + String.join(", ", table.columns()) + ") FROM STDIN",
							new ByteArrayInputStream(table.rows()));
					if (written != table.rowCount()) {
						throw new IllegalStateException(table.name() + ": " + written + " rows restored of " + table.rowCount());
					}
				}
				try (Statement statement = connection.createStatement()) {
					for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
						statement.execute("select setval('" + quote(sequence.getKey()).replace("'", "''") + "', " + sequence.getValue() + ", true)");
					}
				}
				connection.commit();
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot restore the logical backup", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot restore the logical backup", ex);
		}
	}

	/** Rows per table, for a report or an assertion. */
	public Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		tables.forEach(table -> counts.put(table.name(), table.rowCount()));
		return counts;
	}

	private static String schemaVersion(Statement statement) throws SQLException {
		try (ResultSet rs = statement.executeQuery("select version from " + SCHEMA_HISTORY
				+ " where success and version is not null order by installed_rank desc limit 1")) {
			if (!rs.next()) {
				throw new IllegalStateException("no Flyway migration in this database");
			}
			return rs.getString(1);
		}
	}

	/** The schema's ordinary and partitioned tables (not the partitions: their parent carries their rows), Flyway's own left out. */
	private static List<String> tables(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
						where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
						  and c.relname <> '%s'
						order by c.relname""".formatted(SCHEMA_HISTORY))) {
			while (rs.next()) {
				tables.add(rs.getString(1));
			}
		}
		return tables;
	}

	/** The columns a COPY can write: not dropped, not generated. */
	private static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (var statement = connection.prepareStatement("""
				select a.attname from pg_attribute a
				where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
				  and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by a.attnum""")) {
			statement.setString(1, table);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					columns.add(quote(rs.getString(1)));
				}
			}
		}
		return columns;
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}
}
