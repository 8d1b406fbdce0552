package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/** The WAL and disk readings around a measured run come from the run's PostgreSQL and this machine's disks. */
class WalAndDiskIT {

	@Test
	void writesBetweenTwoReadingsShowInTheWalCounters() throws Exception {
		PostgresServer postgres = RealServers.postgres();
		WalAndDisk.Reading before = WalAndDisk.now();
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
				Statement s = c.createStatement()) {
			s.execute("create table if not exists wal_and_disk_probe (n int)");
			s.execute("insert into wal_and_disk_probe select generate_series(1, 1000)");
		}

		WalAndDisk.Reading after = WalAndDisk.now();

		assertThat(before).isNotNull();
		assertThat(after).isNotNull();
		assertThat(after.walRecords() - before.walRecords()).isGreaterThanOrEqualTo(1000);
		assertThat(after.walBytes()).isGreaterThan(before.walBytes());
		assertThat(after.disks().writes()).isGreaterThanOrEqualTo(before.disks().writes());
	}
}
