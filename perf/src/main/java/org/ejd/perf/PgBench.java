package org.ejd.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling for the journal's writes, measured with {@code pgbench} on the same PostgreSQL in the same
 * run: the transaction the journal commits for one mark (the mark row and its outbox row, with the same columns,
 * indexes, checks and the check of its class group and subject (foreign keys before ADR 0101), in tables of a scratch
 * schema so that nothing reaches Kafka) and a single-row insert.
 * pgbench comes with Debian's postgresql-client (our machines have it); without it the run says so and goes on.
 */
final class PgBench {

	record Result(String name, double tps, int clients) {
	}

	/** The name of the journal's mark transaction's figure (P3's single mark's yardstick). */
	static final String MARK_AND_OUTBOX = "pgbench: mark + outbox transaction";

	/** The name of the single-row insert's figure (P3's class batch's yardstick). */
	static final String SINGLE_INSERT = "pgbench: single-row insert";

	private final String host = "localhost";

	private final int port;

	private final String user;

	private final String password;

	private final String database;

	private final Path workDir;

	PgBench(int port, String user, String password, String database, Path workDir) {
		this.port = port;
		this.user = user;
		this.password = password;
		this.database = database;
		this.workDir = workDir;
	}

	static boolean available() {
		return Files.isExecutable(Path.of("/usr/bin/pgbench")) || System.getenv("PATH") != null && java.util.Arrays
			.stream(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, "pgbench")));
	}

	/** A scratch schema with the journal's mark and outbox tables, their indexes and foreign keys. */
	void prepare(UUID classGroupId, UUID subjectId) {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
				Statement s = c.createStatement()) {
			s.execute("drop schema if exists perf_bench cascade");
			s.execute("create schema perf_bench");
			s.execute("create table perf_bench.mark (like public.mark including all)");
			// the journal's check of a mark's class group and subject, once a statement (ADR 0101; foreign keys before it)
			s.execute("""
					create trigger new_marks_of_known_groups_and_subjects after insert on perf_bench.mark
					  referencing new table as new_marks for each statement
					  execute function public.new_marks_of_known_groups_and_subjects()""");
			s.execute("create table perf_bench.event_publication (like public.event_publication including all)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot prepare the pgbench schema", ex);
		}
		String mark = "insert into perf_bench.mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points, "
				+ "work_type, weight, work_date, entered_at, on_time, version) values (gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '"
				+ classGroupId + "', '" + subjectId + "', gen_random_uuid(), '5', 'FIVE_POINT', 5, 'ORAL', 1, current_date, now(), true, 1);";
		String outbox = "insert into perf_bench.event_publication (id, listener_id, event_type, serialized_event, publication_date) values "
				+ "(gen_random_uuid(), 'org.ejd.platform.events.OutboxPublisher', 'org.ejd.contracts.journal.MarkPosted', "
				+ "'{\"specversion\":\"1.0\",\"type\":\"journal.mark.posted\"' || gen_random_uuid() || repeat('x', 600) || '}', now());";
		write("mark-and-outbox.sql", List.of("BEGIN;", mark, outbox, "END;"));
		write("single-insert.sql", List.of(mark));
	}

	/** The mark transaction's figure, named {@link #MARK_AND_OUTBOX} followed by {@code suffix} (P5's sides). */
	Result markAndOutbox(int clients, int seconds, String suffix) {
		return run(MARK_AND_OUTBOX + suffix, "mark-and-outbox.sql", clients, seconds);
	}

	/** The single-row insert's figure, named {@link #SINGLE_INSERT} followed by {@code suffix}. */
	Result singleInsert(int clients, int seconds, String suffix) {
		return run(SINGLE_INSERT + suffix, "single-insert.sql", clients, seconds);
	}

	void drop() {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
				Statement s = c.createStatement()) {
			s.execute("drop schema if exists perf_bench cascade");
		}
		catch (SQLException ex) {
			// the scratch schema is only a leftover
		}
	}

	private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

	private Result run(String name, String script, int clients, int seconds) {
		ProcessBuilder builder = new ProcessBuilder("pgbench", "-n", "-h", host, "-p", Integer.toString(port), "-U", user, "-c",
				Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-M", "prepared", "-f",
				workDir.resolve(script).toString(), database).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", password);
		try {
			Process process = builder.start();
			String out = new String(process.getInputStream().readAllBytes());
			process.waitFor();
			Matcher m = TPS.matcher(out);
			if (!m.find()) {
				throw new IllegalStateException("pgbench printed no tps:\n" + out);
			}
			return new Result(name, Double.parseDouble(m.group(1)), clients);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void write(String name, List<String> lines) {
		try {
			Files.createDirectories(workDir);
			Files.write(workDir.resolve(name), lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
