package org.ejd.perf.data;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A region around the performance run's school, written straight into journal-service's and diary-service's own
 * databases in their own formats (issue 13, P5): {@link RegionSize} says how much, {@link RegionSql} how. It runs after
 * the run's school was entered through the API, and only adds other schools, so the simulations' families and teacher
 * keep working, now against tables of a region's size.
 *
 * <h2>Why the rows are what the services would hold</h2>
 * <ul>
 * <li>Journal: every column as its repositories write it ({@code Marks.insert}, {@code ClassBook}, {@code Lessons.insert},
 * {@code Directory}): enum names ({@code FIVE_POINT}, {@code WRITTEN}, {@code REGULAR}), the weight the averaging policy's
 * defaults give (test 2, others 1), a lesson planned at version 1 and recorded (topic, homework) at version 2, a
 * corrected mark at version 2 with its {@code CORRECTED} history row. Its identity projection ({@code known_school},
 * {@code known_student}, {@code known_staff}) as identity's events would have filled it.</li>
 * <li>Diary: every projection as its event handlers write it from those events: {@code diary_mark} with the wire
 * values ({@code five-point}, {@code written}) and the event's version, keeping the original {@code entered_at} after a
 * correction (the upsert does not change it) with the {@code mark_change} row; {@code lesson} with the teacher's name
 * and {@code event_time}; {@code representation} with {@code active_from}/{@code active_to} as platform
 * {@code Representations} computes them (open-ended: from the start, no end); {@code enrolment}, {@code class_teacher},
 * {@code consent_state} (one student in 200 refused), {@code bell_schedule}, {@code holiday}, {@code period}.</li>
 * <li>Ids are md5-derived UUIDs (random-looking, like {@code UUID.randomUUID()}; a mark's time-ordered as the journal
 * makes it, ADR 0115), the same in both databases; rows are inserted in the order the school would have made them (the
 * directory before the year, lessons and marks day by day), then vacuumed and analysed as autovacuum would leave them,
 * and checkpointed.</li>
 * </ul>
 *
 * <h2>What differs from a region that lived through the events</h2>
 * No outbox ({@code event_publication}) or inbox ({@code processed_event}) history, no read audit, no attendance,
 * no substitutions, moves or cancellations, no Keycloak accounts for the generated families (the measured paths never
 * read identity-, consent- or Keycloak data per request: the gateway checks a signed token, each service reads only its
 * own tables), and no rows in identity-, consent- or notification-service's databases.
 */
public final class RegionData {

	private final String journalUrl;

	private final String diaryUrl;

	private final String user;

	private final String password;

	public RegionData(String journalUrl, String diaryUrl, String user, String password) {
		this.journalUrl = journalUrl;
		this.diaryUrl = diaryUrl;
		this.user = user;
		this.password = password;
	}

	/** One table after the load: database, name, rows (from the statistics ANALYZE took) and size on disk with indexes. */
	public record TableSize(String database, String table, long rows, long bytes) {
	}

	/** What was generated, how long it took, and how big each table is now. */
	public record Generated(RegionSize size, Duration took, List<TableSize> tables) {

		public long bytes() {
			return tables.stream().mapToLong(TableSize::bytes).sum();
		}

		/** One line per table, for the run's report. */
		public String tableLines() {
			StringBuilder out = new StringBuilder();
			tables.forEach(t -> out.append(String.format("%s.%s: %,d rows, %,d MiB%n", t.database(), t.table(), t.rows(),
					t.bytes() / (1024 * 1024))));
			return out.toString();
		}
	}

	/**
	 * Writes the region into both databases at once (one connection each), refusing if it was written there before.
	 * @param progress told what is being done, a line at a time
	 */
	public Generated generate(RegionSize size, Consumer<String> progress) {
		long start = System.nanoTime();
		String[] zoneAndRegion = zoneAndRegion();
		Map<String, String> values = RegionSql.values(size, zoneAndRegion[0], zoneAndRegion[1]);
		progress.accept(String.format("region: %,d schools, %,d classes, %,d students, %,d guardians, %,d lessons, %,d marks (scale %s, %s)",
				size.schools(), size.classes(), size.students(), size.guardians(), size.lessons(), size.marks(), size.scale(),
				size.academicYear()));
		List<TableSize> tables = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<List<TableSize>> journal = pool.submit(() -> load("journal", journalUrl, size, values, RegionSql.JOURNAL_EXISTS,
					RegionSql.JOURNAL_DIRECTORY, RegionSql.JOURNAL_LESSONS, RegionSql.JOURNAL_MARKS, RegionSql.JOURNAL_TABLES, progress));
			Future<List<TableSize>> diary = pool.submit(() -> load("diary", diaryUrl, size, values, RegionSql.DIARY_EXISTS,
					RegionSql.DIARY_DIRECTORY, RegionSql.DIARY_LESSONS, RegionSql.DIARY_MARKS, RegionSql.DIARY_TABLES, progress));
			tables.addAll(journal.get());
			tables.addAll(diary.get());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("region data not generated: " + ex.getCause().getMessage(), ex.getCause());
		}
		long step = System.nanoTime();
		try (Connection c = DriverManager.getConnection(journalUrl, user, password); Statement s = c.createStatement()) {
			checkpoint(s);
			progress.accept(String.format("region: checkpoint (the load's pages on disk) in %d s", seconds(step)));
		}
		catch (SQLException ex) {
			progress.accept("region: no checkpoint (" + ex.getMessage() + "): the server writes the load's pages while P5 measures");
		}
		return new Generated(size, Duration.ofNanos(System.nanoTime() - start), tables);
	}

	/**
	 * Vacuums and analyses the tables the region is written into, in both databases, as {@link #generate} leaves them
	 * after it: P5's small-data yardstick runs on them after this, so that it measures the run's rows as the region's run
	 * has them, vacuumed, and not fresh from the write phases' million inserts that two busy cores' autovacuum left
	 * behind (session 36: the journal's database took 0.72 ms a single mark there, against 0.57 at region scale).
	 * @return how long it took
	 */
	public Duration vacuum() {
		long start = System.nanoTime();
		try (Connection journal = DriverManager.getConnection(journalUrl, user, password);
				Statement j = journal.createStatement();
				Connection diary = DriverManager.getConnection(diaryUrl, user, password);
				Statement d = diary.createStatement()) {
			journal.setAutoCommit(true);
			diary.setAutoCommit(true);
			vacuum(j, RegionSql.JOURNAL_TABLES);
			vacuum(d, RegionSql.DIARY_TABLES);
			checkpoint(j);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot vacuum the journal's and the diary's tables or checkpoint: " + ex.getMessage(), ex);
		}
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Has the server checkpoint now ({@code CHECKPOINT}, which the run's superuser may ask), so that both sides of each
	 * P5 pair start right after a checkpoint, with what was loaded on disk, and at the same place in the checkpoint cycle.
	 * Without it, where the next checkpoint falls depends on when the load ended (the server's defaults: every 5 minutes
	 * or 1 GB of WAL), and after a checkpoint begins each page's first change writes a whole page image to the WAL:
	 * session 47 measured 8.7 kB of WAL a mark against 4.6 kB, mostly by whether a checkpoint fell inside the measure.
	 * In session 49's run at 0.1, a checkpoint requested for the WAL's volume ran from the region's week view into its
	 * single mark. The small data's side gets one after its vacuum.
	 */
	private static void checkpoint(Statement s) throws SQLException {
		s.execute("checkpoint");
	}

	private static void vacuum(Statement s, List<String> tables) throws SQLException {
		for (String table : tables) {
			s.execute("vacuum (analyze) " + table);
		}
	}

	/** The run's school's time zone and region (the region around it is the same), as identity told the journal. */
	private @Nullable String[] zoneAndRegion() {
		try (Connection c = DriverManager.getConnection(journalUrl, user, password);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("""
						select time_zone, region_code from known_school where time_zone is not null
						order by region_code is null, version desc limit 1""")) {
			return rs.next() ? new String[] { rs.getString(1), rs.getString(2) } : new String[] { "Europe/Moscow", null };
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot read the journal's schools", ex);
		}
	}

	private List<TableSize> load(String database, String url, RegionSize size, Map<String, String> values, String exists,
			List<String> directory, String lessons, String marks, List<String> tables, Consumer<String> progress) throws SQLException {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			c.setAutoCommit(true);
			s.execute("set work_mem = '64MB'");
			for (String sql : RegionSql.SESSION) {
				s.execute(sql);
			}
			s.execute(RegionSql.days(size.schoolDays(), size.today()));
			try (ResultSet rs = s.executeQuery(exists)) {
				if (rs.next() && rs.getLong(1) > 0) {
					throw new IllegalStateException("the region is already in the " + database + " database");
				}
			}
			long step = System.nanoTime();
			for (String sql : directory) {
				s.execute(RegionSql.fill(sql, values));
			}
			progress.accept(String.format("region: %s: schools, people, classes, enrolments in %d s", database, seconds(step)));
			int days = size.schoolDays().size();
			int week = 5;
			step = System.nanoTime();
			long lessonsNanos = 0;
			long marksNanos = 0;
			for (int from = 0; from < days; from += week) {
				Map<String, String> chunk = new LinkedHashMap<>(values);
				chunk.put("FROM", Integer.toString(from));
				chunk.put("TO", Integer.toString(Math.min(days, from + week)));
				long started = System.nanoTime();
				s.execute(RegionSql.fill(lessons, chunk));
				lessonsNanos += System.nanoTime() - started;
				if (from < size.pastDays() && size.marksPerStudent() > 0) {
					started = System.nanoTime();
					s.execute(RegionSql.fill(marks, chunk));
					marksNanos += System.nanoTime() - started;
				}
				if ((from / week) % 5 == 4 || from + week >= days) {
					progress.accept(String.format("region: %s: lessons and marks of %d of %d school days, %d s (lessons %d s, marks %d s)",
							database, Math.min(days, from + week), days, seconds(step), lessonsNanos / 1_000_000_000,
							marksNanos / 1_000_000_000));
				}
			}
			step = System.nanoTime();
			vacuum(s, tables);
			progress.accept(String.format("region: %s: vacuum and analyze in %d s", database, seconds(step)));
			return sizes(database, c, tables);
		}
	}

	private static List<TableSize> sizes(String database, Connection c, List<String> tables) throws SQLException {
		List<TableSize> sizes = new ArrayList<>();
		try (PreparedStatement s = c.prepareStatement("""
				select greatest(c.reltuples, 0)::bigint, pg_total_relation_size(c.oid) from pg_class c
				where c.relname = ? and c.relnamespace = 'public'::regnamespace""")) {
			for (String table : tables) {
				s.setString(1, table);
				try (ResultSet rs = s.executeQuery()) {
					if (rs.next()) {
						sizes.add(new TableSize(database, table, rs.getLong(1), rs.getLong(2)));
					}
				}
			}
		}
		return sizes;
	}

	private static long seconds(long since) {
		return Duration.ofNanos(System.nanoTime() - since).toSeconds();
	}
}
