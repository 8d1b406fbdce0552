package org.ejd.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Predicate;

import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.jspecify.annotations.Nullable;

/**
 * What PostgreSQL wrote to its WAL ({@code pg_stat_wal}: bytes, records, full-page images) and what the machine's disks
 * did ({@code /proc/diskstats}: writes and flushes, with the milliseconds they took), read before and after a measured
 * run. Session 50's single mark at region scale waited on the disk (iowait up to 47 %, the stack on 1.26 of 2 cores)
 * while its CPU a mark rose 13 %: these figures tell whether it wrote more WAL a mark or the disk flushed slower.
 */
final class WalAndDisk {

	private WalAndDisk() {
	}

	/** The cluster's WAL counters and the disks' at one moment. */
	record Reading(long walBytes, long walRecords, long walFpi, Disks disks, long nanoTime) {
	}

	/** The whole disks' counters summed: writes completed and their milliseconds, flushes completed and theirs. */
	record Disks(long writes, long writeMillis, long flushes, long flushMillis) {

		Disks minus(Disks before) {
			return new Disks(writes - before.writes, writeMillis - before.writeMillis, flushes - before.flushes,
					flushMillis - before.flushMillis);
		}
	}

	/** Now, from the run's PostgreSQL and this machine; null where either cannot be read (no Linux, no server). */
	static @Nullable Reading now() {
		long nanoTime = System.nanoTime();
		Disks disks = disks();
		PostgresServer postgres = RealServers.postgres();
		try (Connection c = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.username(), postgres.password());
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select wal_bytes, wal_records, wal_fpi from pg_stat_wal")) {
			rs.next();
			return disks == null ? null : new Reading(rs.getLong(1), rs.getLong(2), rs.getLong(3), disks, nanoTime);
		}
		catch (SQLException | RuntimeException ex) {
			return null;
		}
	}

	private static @Nullable Disks disks() {
		try {
			return disks(Files.readAllLines(Path.of("/proc/diskstats")),
					name -> Files.isDirectory(Path.of("/sys/block", name)) && !name.startsWith("loop") && !name.startsWith("ram")
							&& !name.startsWith("zram"));
		}
		catch (IOException ex) {
			return null; // not Linux
		}
	}

	/**
	 * The counters of the devices {@code wholeDisk} accepts, summed (a partition's are in its disk's already). Fields
	 * after major, minor and name: 5 writes completed, 8 ms writing, 16 flushes completed, 17 ms flushing (Linux 5.5).
	 */
	static Disks disks(List<String> diskstats, Predicate<String> wholeDisk) {
		long writes = 0;
		long writeMillis = 0;
		long flushes = 0;
		long flushMillis = 0;
		for (String line : diskstats) {
			String[] f = line.trim().split("\\s+");
			if (f.length < 14 || !wholeDisk.test(f[2])) {
				continue;
			}
			writes += Long.parseLong(f[7]);
			writeMillis += Long.parseLong(f[10]);
			if (f.length >= 20) {
				flushes += Long.parseLong(f[18]);
				flushMillis += Long.parseLong(f[19]);
			}
		}
		return new Disks(writes, writeMillis, flushes, flushMillis);
	}
}
