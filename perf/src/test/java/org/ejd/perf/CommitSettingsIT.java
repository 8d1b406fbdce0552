package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * The run's report says how its PostgreSQL commits (ADR 0106), read from the server itself: here testkit's server of the
 * tests, which is not durable (ADR 0048), so the line must say so rather than what the run asks for.
 */
class CommitSettingsIT {

	@Test
	void theReportLineIsWhatTheServerSaysOfItsCommits() {
		PostgresServer postgres = RealServers.postgres();

		String line = PerfRun.commitSettings(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());

		assertThat(line).isEqualTo("PostgreSQL commits with fsync=off, synchronous_commit=off, wal_sync_method=fdatasync");
	}

	@Test
	void aServerThatCannotBeAskedIsNamedNotTakenForDurable() {
		PostgresServer postgres = RealServers.postgres();

		String line = PerfRun.commitSettings("jdbc:postgresql://localhost:" + postgres.port() + "/no_such_database",
				postgres.username(), postgres.password());

		assertThat(line).startsWith("PostgreSQL's commit settings not read (").doesNotContain("fsync=");
	}
}
