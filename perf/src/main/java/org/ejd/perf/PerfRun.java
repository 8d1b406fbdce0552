package org.ejd.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.ejd.devstack.DevStack;
import org.ejd.devstack.DemoData;
import org.ejd.devstack.Quiet;
import org.ejd.devstack.Stack;
import org.ejd.perf.data.RegionData;
import org.ejd.perf.data.RegionSize;
import org.ejd.perf.sim.AfterSchoolPeakSimulation;
import org.ejd.perf.sim.ClassBatchSimulation;
import org.ejd.perf.sim.CsvImportSimulation;
import org.ejd.perf.sim.MarkSimulation;
import org.ejd.perf.sim.ReadSimulation;
import org.ejd.testkit.ApiClient;
import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.jspecify.annotations.Nullable;

/**
 * {@code ./perf/run}: the stack with production JVM settings, a school of data entered through the API, every
 * simulation side by side with its yardstick (the bare endpoint behind the same hops, pgbench for writes), the stack's
 * memory and start-up times, then the JMH suite; prints one table and writes it to {@code docs/perf-results.md}.
 * Figures only: nothing here passes or fails on a timing.
 */
public final class PerfRun {

	/**
	 * The diary's empty handler, behind the same hops as the family's reads: P1's and P2's yardstick, and P5's gauge of
	 * the box beside each side's reads.
	 */
	static final String BARE_PATH = "/api/diary/perf/bare";

	static final String BARE_GATEWAY = "bare, gateway + JWT";

	static final String BARE_DIRECT = "bare, direct";

	/** A guardian's week page and 30-day marks: P1's and P5's reads, by the names the report and P5 match. */
	static final String WEEK_VIEW = "week view, gateway + JWT";

	static final String WEEK_PATH = "/api/diary/students/#{studentId}/week";

	static final String MARKS_VIEW = "30-day marks, gateway + JWT";

	static final String MARKS_PATH = "/api/diary/students/#{studentId}/marks";

	/** A teacher's single mark and whole-class batch (P3, P4, P5). */
	static final String SINGLE_MARK_PATH = "/api/journal/marks";

	static final String BATCH_PATH = "/api/journal/marks/batch";

	private PerfRun() {
	}

	/**
	 * @param scale region-scale data around the school (1.0 = 1 M students); 0 = none, P5 not measured
	 * @param keep leave the loaded stack up for profiling by hand instead of measuring (with the region, if {@code scale} is set)
	 */
	record Settings(int classes, int classSize, int seconds, int warmup, boolean jmh, Path out, double scale, boolean keep) {

		/** The same settings with measured runs of {@code measured} seconds. */
		Settings measuredFor(int measured) {
			return new Settings(classes, classSize, measured, warmup, jmh, out, scale, keep);
		}

		static Settings of(String[] args, Path root) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String arg : args) {
				if (arg.startsWith("--") && arg.contains("=")) {
					given.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
				}
			}
			return new Settings(Integer.parseInt(given.getOrDefault("classes", "4")),
					Integer.parseInt(given.getOrDefault("class-size", "25")), Integer.parseInt(given.getOrDefault("seconds", "20")),
					Integer.parseInt(given.getOrDefault("warmup", "20")), Boolean.parseBoolean(given.getOrDefault("jmh", "true")),
					root.resolve(given.getOrDefault("out", "docs/perf-results.md")), Double.parseDouble(given.getOrDefault("scale", "0")),
					Boolean.parseBoolean(given.getOrDefault("keep", "false")));
		}
	}

	public static void main(String[] args) {
		try {
			run(args);
			System.exit(0);
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.exit(1); // the servers' shutdown hooks stop what is left
		}
	}

	private static void run(String[] args) throws Exception {
		Path root = DevStack.buildSettings();
		DevStack.productionServers();
		// a region's PostgreSQL syncs every commit (ADR 0106): the journal's marks and pgbench's yardstick pay for it alike
		RealServers.durablePostgres();
		Settings settings = Settings.of(args, root);
		Path work = root.resolve(".ejd/perf");
		Files.createDirectories(work);
		// jars only (devstack's own as its jar, not its classes folder): a JDK AOT cache is made from jars alone
		System.setProperty("ejd.stack.classpath", devstackJar(root) + ":" + Files.readString(root.resolve("devstack/target/classpath.txt")).trim());
		Report report = new Report();
		long start = System.nanoTime();
		System.out.println("perf: starting the stack with production JVM settings " + Stack.Jvm.PRODUCTION.options() + " ...");
		try (Stack stack = Stack.start(Stack.Mode.FORKED, work.resolve("logs"), Stack.Jvm.PRODUCTION, productionSettings())) {
			report.started(Duration.ofNanos(System.nanoTime() - start), stack.readyIn());
			PostgresServer postgres = RealServers.postgres();
			report.note("database: " + commitSettings(postgres.jdbcUrl("journal"), postgres.username(), postgres.password())
					+ " (ADR 0106)");
			report.note("start: each service launched once those already running had gone quiet after their readiness (ADR 0102); "
					+ "the launches waited " + new java.util.TreeMap<>(stack.waitedForQuiet()).entrySet().stream()
						.map(e -> e.getKey().replace("-service", "") + " " + String.format(java.util.Locale.ROOT, "%.1f", e.getValue().toMillis() / 1000.0) + " s")
						.collect(java.util.stream.Collectors.joining(", ")));
			System.out.println("perf: loading the school (" + settings.classes() + " classes of " + settings.classSize() + ") ...");
			long loading = System.nanoTime();
			PerfData data = PerfData.load(stack.gatewayUrl(), settings.classes(), settings.classSize());
			report.note("data: the demo school's quarter plus " + data.families.size() + " families in " + data.classes.size()
					+ " classes, 20 school days of whole-class marks per subject, entered through the API in "
					+ Duration.ofNanos(System.nanoTime() - loading).toSeconds() + " s");
			if (settings.keep()) {
				if (settings.scale() > 0) {
					generateRegion(settings, data, report);
				}
				keep(stack, data, work, settings.classSize());
			}
			measure(stack, data, settings, work, report);
			if (settings.scale() > 0) {
				region(stack, data, settings, work, report);
			}
			report.memory(stackRss(), stack.pids().size());
			imports(stack, data, settings, work, report);
		}
		if (settings.jmh()) {
			System.out.println("perf: JMH suite (hot paths) ...");
			report.jmh(Jmh.run(work.resolve("jmh.json")));
		}
		String table = report.render(settings);
		System.out.println(table);
		Files.writeString(settings.out(), table);
		System.out.println("perf: written to " + settings.out());
	}

	private static Path devstackJar(Path root) throws IOException {
		try (var jars = Files.list(root.resolve("devstack/target"))) {
			return jars.filter(p -> p.getFileName().toString().matches("devstack-.*\\.jar")).findFirst()
				.orElse(root.resolve("devstack/target/classes"));
		}
	}

	/**
	 * What each service runs with beside the local stack's own settings. The local stack is the demo, which samples every
	 * trace (ADR 0035); a region samples one in ten for its OTLP collector, so the run measures that. The gateway's rate
	 * limits (ADR 0026) would refuse the few simulated users' thousands of requests a minute.
	 */
	static Map<String, Map<String, String>> productionSettings() {
		Map<String, Map<String, String>> settings = new LinkedHashMap<>();
		for (String service : List.of("identity-service", "journal-service", "diary-service", "consent-service",
				"notification-service", "oneroster-service", "gateway")) {
			settings.put(service, new LinkedHashMap<>(Map.of("management.tracing.sampling.probability", "0.1")));
		}
		settings.get("gateway").put("ejd.gateway.rate-limits.enabled", "false");
		settings.get("diary-service").put("spring.profiles.active", "demo,perf");
		return settings;
	}

	/**
	 * {@code --keep=true}: the loaded stack stays up for profiling by hand (JFR, Gatling with the written feeders). The
	 * feeders are written again every few minutes, since their access tokens live five.
	 */
	private static void keep(Stack stack, PerfData data, Path work, int classSize) throws InterruptedException {
		LocalDate workDate = data.workDate();
		Path families = data.familyFeeder(work, 64);
		Path marks = data.markFeeder(work, workDate);
		Path batches = data.batchFeeder(work, workDate);
		Path imports = data.importFeeder(work, classSize);
		System.out.println("perf: kept up. gateway " + stack.gatewayUrl() + ", services " + stack.ports() + ", pids " + stack.pids()
				+ "\nperf: feeders (written again every 4 minutes, their tokens live 5): families " + families + ", single marks "
				+ marks + ", class batches " + batches + ", rosters to import at " + importPath(data.schoolId()) + " " + imports
				+ "; Ctrl-C stops");
		while (true) {
			Thread.sleep(Duration.ofMinutes(4));
			data.familyFeeder(work, 64);
			data.markFeeder(work, workDate);
			data.batchFeeder(work, workDate);
			data.importFeeder(work, classSize);
		}
	}

	private static void measure(Stack stack, PerfData data, Settings settings, Path work, Report report) {
		GatlingRun gatling = gatling(stack, work);
		String gateway = stack.gatewayUrl();
		String diary = "http://localhost:" + stack.port("diary-service");
		LocalDate today = data.loadedOn();
		LocalDate workDate = data.workDate();

		// reads: the bare endpoint direct and through the gateway, then the family's views beside it, of the day the school
		// was loaded on (its current week and the default 30 days), even if the school's midnight has passed since
		read(gatling, settings, data, work, report, BARE_DIRECT, diary, BARE_PATH);
		read(gatling, settings, data, work, report, BARE_GATEWAY, gateway, BARE_PATH);
		read(gatling, settings, data, work, report, WEEK_VIEW, gateway, WEEK_PATH + weekOf(today));
		read(gatling, settings, data, work, report, MARKS_VIEW, gateway, MARKS_PATH + thirtyDaysTo(today));
		read(gatling, settings, data, work, report, "30-day marks, direct", diary, MARKS_PATH + thirtyDaysTo(today));

		// writes, with the database's own figures beside them
		report.add(warmAndRun(gatling, settings, report, "single mark, gateway + JWT", MarkSimulation.class,
				() -> Map.of("perf.baseUrl", gateway, "perf.path", SINGLE_MARK_PATH, "perf.connections", "8", "perf.feeder",
						data.markFeeder(work, workDate).toString())));
		String batchName = "class batch (" + settings.classSize() + " marks), gateway + JWT";
		// P4 before P3's batch as fast as it goes, so that the paced runs never start behind its backlog (ADR 0082)
		freshness(P4_BELOW_MARKS_PER_SECOND, gatling, settings, data, work, report, gateway, diary, batchName);
		freshness(P4_MARKS_PER_SECOND, gatling, settings, data, work, report, gateway, diary, batchName);
		GatlingRun.Result batch = warmAndRun(gatling, settings, report, batchName, ClassBatchSimulation.class, () -> Map.of("perf.baseUrl",
				gateway, "perf.path", BATCH_PATH, "perf.connections", "4", "perf.feeder",
				data.batchFeeder(work, workDate).toString()));
		report.add(batch);
		report.batch(batch, settings.classSize());
		if (!pgbench(gatling, settings, data, work, report, "")) {
			report.note("pgbench not found on PATH (Debian: postgresql-client): write ratios left out");
		}
		report.add(warmAndRun(gatling, settings, report, "after-school peak (3/4 reads, 1/4 marks)", AfterSchoolPeakSimulation.class,
				() -> peak(gateway, data.familyFeeder(work, 64), data.markFeeder(work.resolve("peak"), workDate), workDate)));
	}

	/**
	 * pgbench's two figures, the mark transaction and the single-row insert, on the journal's database, named with
	 * {@code suffix}; false, and nothing measured, without pgbench.
	 */
	private static boolean pgbench(GatlingRun gatling, Settings settings, PerfData data, Path work, Report report, String suffix) {
		if (!PgBench.available()) {
			return false;
		}
		settle(gatling, report, "pgbench" + suffix);
		PgBench pgbench = new PgBench(RealServers.postgres().port(), RealServers.postgres().username(),
				RealServers.postgres().password(), "journal", work.resolve("pgbench"));
		pgbench.prepare(data.classes.getFirst().id(), data.subjects().getFirst());
		System.out.println("perf: pgbench" + suffix + " ...");
		report.pgbench(pgbench.markAndOutbox(8, settings.seconds(), suffix));
		report.pgbench(pgbench.singleInsert(8, settings.seconds(), suffix));
		pgbench.drop();
		return true;
	}

	/**
	 * The school's IT operators import class rosters, two schools at a time: persons, links and their events. Last in the
	 * run: as fast as the stack answers, it leaves the consumers some 270,000 events of persons and links, which took the
	 * diary more than the five minutes a path waits for quiet (ADR 0107).
	 */
	private static void imports(Stack stack, PerfData data, Settings settings, Path work, Report report) {
		GatlingRun gatling = gatling(stack, work);
		GatlingRun.Result imports = warmAndRun(gatling, settings, report, IMPORT, CsvImportSimulation.class, () -> Map.of(
				"perf.baseUrl", stack.gatewayUrl(), "perf.path", importPath(data.schoolId()), "perf.connections", "2", "perf.feeder",
				data.importFeeder(work, settings.classSize()).toString()));
		report.add(imports);
		report.imports(imports, PerfData.Roster.ofClass(settings.classSize()));
		// a region imports in August while families already read: how far behind the import leaves what they read
		Quiet.Outcome applied = stack.awaitQuiet(IMPORT_APPLIED_AT_MOST);
		System.out.println("perf:   the import's events applied " + applied.waited().toSeconds() + " s after its last file"
				+ (applied.quiet() ? "" : " (still busy)"));
		report.importsApplied(applied);
	}

	/** How long the run waits at most, after the import, for its consumers to apply its events (ADR 0109). */
	static final Duration IMPORT_APPLIED_AT_MOST = Duration.ofMinutes(10);

	/** The bulk path's name in the report: a file is one class's roster (ADR 0107). */
	static final String IMPORT = "bulk CSV import (a class's roster a file), gateway + JWT";

	/** Identity's CSV import of the school's students, guardians and links. */
	static String importPath(UUID schoolId) {
		return "/api/identity/schools/" + schoolId + "/imports";
	}

	/**
	 * The after-school peak's properties: its families read the week and the 30 days the write phases left as loaded, as
	 * P5's reads do, while its teachers post on {@code workDate}. By the peak, those phases have piled thousands of marks
	 * on each of the families' students on {@code workDate}, which no school day of a real family holds (sessions 19–36
	 * read that pile: p99 about a second; ADR 0105).
	 */
	static Map<String, String> peak(String gateway, Path families, Path teachers, LocalDate workDate) {
		return Map.of("perf.baseUrl", gateway, "perf.connections", "16", "perf.feeder", families.toString(), "perf.teacherFeeder",
				teachers.toString(), "perf.weekPath", WEEK_PATH + untouchedWeek(workDate), "perf.marksPath",
				MARKS_PATH + untouchedDays(workDate));
	}

	/** Marks a second that P4 is measured at (its goal's "at 1,000 marks/s"). */
	static final int P4_MARKS_PER_SECOND = 1_000;

	/**
	 * A rate below the goal's that this box should apply end to end (journal, Kafka, diary, notification and OneRoster
	 * cost about 2.3 ms of CPU a mark together in session 11's profile): the path's own latency, apart from a backlog.
	 */
	static final int P4_BELOW_MARKS_PER_SECOND = 500;

	/** Connections that post P4's paced batches: enough that batches answered in up to this many paces keep the rate. */
	static final int P4_CONNECTIONS = 16;

	/**
	 * P4's measured runs last at least this long, whatever {@code --seconds}: a probe takes 150–250 ms a round at 1,000
	 * marks/s, so 15–20 s gave 56–85 delays, and their p99 was the largest of them, moved by one slow probe. A minute
	 * gives 200 or more.
	 */
	static final int P4_MIN_SECONDS = 60;

	/**
	 * The probe's students, taken in turn: each one's page of marks for the probe's date stays a few dozen rows long
	 * through the measured minute, as a family's is, instead of growing to hundreds.
	 */
	static final int P4_PROBE_STUDENTS = 8;

	/**
	 * P4: mark → visible in the guardian's diary while class batches are posted at a fixed rate, {@code marksPerSecond}
	 * (5 % over it, so that the counted rate is not below it by the run's edges), not as fast as the stack answers,
	 * where the figure would depend on the box's ceiling and how long the run had posted (ADR 0082). A probe teacher
	 * posts single marks meanwhile, on a date of their own, and times each until the guardian's read shows it.
	 */
	private static void freshness(int marksPerSecond, GatlingRun gatling, Settings given, PerfData data, Path work,
			Report report, String gateway, String diary, String batchName) {
		Settings settings = given.measuredFor(Math.max(given.seconds(), P4_MIN_SECONDS));
		double batchesPerSecond = marksPerSecond * 1.05 / settings.classSize();
		long paceMillis = Math.round(P4_CONNECTIONS * 1000 / batchesPerSecond);
		PerfData.ClassGroup probeGroup = data.classes.getFirst();
		List<PerfData.Family> probeFamilies = data.families.stream()
			.filter(f -> probeGroup.students().contains(f.studentId())).limit(P4_PROBE_STUDENTS).toList();
		List<LocalDate> days = PerfData.schoolDays(data.loadedOn(), 3);
		LocalDate workDate = data.workDate(); // the last of these days
		// the probe's own date, a school day with lessons that no simulation posts on, one for each paced rate
		LocalDate probeDate = days.get(marksPerSecond >= P4_MARKS_PER_SECOND ? 1 : 0);
		try (FreshnessProbe probe = new FreshnessProbe(new ApiClient(gateway), new ApiClient(diary), probeGroup,
				data.subjects().getFirst(), probeDate, Duration.ofMillis(100))) {
			GatlingRun.Result paced = warmAndRun(gatling, settings, report,
					batchName.replace("class batch", "class batches paced at " + marksPerSecond + " marks/s"),
					ClassBatchSimulation.class, () -> Map.of("perf.baseUrl", gateway, "perf.path", BATCH_PATH, "perf.connections",
							Integer.toString(P4_CONNECTIONS), "perf.pace-millis", Long.toString(paceMillis), "perf.feeder",
							data.batchFeeder(work.resolve("p4-" + marksPerSecond), workDate).toString()),
					() -> {
						// fresh tokens (they live five minutes) for the measured run's batches and the probe: the warm-ups
						// before it may have taken that long
						data.batchFeeder(work.resolve("p4-" + marksPerSecond), workDate);
						probe.restart(Duration.ofSeconds(GATLING_WARM_UP_SECONDS), Duration.ofSeconds(settings.seconds()),
								data.token("teacher", DemoData.PASSWORD), probeFamilies.stream()
									.map(f -> new FreshnessProbe.Guardian(f.studentId(), data.token(f.login(), PerfData.PASSWORD)))
									.toList());
					});
			report.add(paced);
			probe.close(); // waits for the probe in flight: seen or given up on, it is counted
			report.freshness(marksPerSecond, probe.figures(), paced.perSecond() * settings.classSize());
		}
	}

	/**
	 * P5: the P1 and P3 paths measured again on the small data as the write phases left it, then the region generated
	 * around the school straight into the journal's and the diary's databases, then the same paths measured again, now
	 * against a region's tables (docs/perf.md). Each pair differs by the region's rows alone: the write phases before
	 * them post as many marks as the box takes (about 700,000 on a box that did 16,000 bare requests a second), so the
	 * first figures of the run, against the loaded school's few thousand, measured those writes' rows with the region's.
	 * Each side measures its yardsticks too, as P1 and P3 define their figures: the bare endpoint through the gateway
	 * before its reads, pgbench before its writes. The box's own speed moves within a run (session 49: Gatling's CPU a
	 * request rose by a fifth in the region's windows, and Gatling reads no data), and P5 compares those figures, each
	 * against its yardstick of the same minutes (ADR 0117).
	 */
	private static void region(Stack stack, PerfData data, Settings settings, Path work, Report report) {
		GatlingRun gatling = gatling(stack, work);
		String gateway = stack.gatewayUrl();
		LocalDate workDate = data.workDate();
		// the reads' yardstick, on the same students' marks: the week before the write phases' day and the 30 days to its
		// end, which those phases leave as loaded; on their own day they pile thousands of marks on each student
		String week = WEEK_PATH + untouchedWeek(workDate);
		String marks = MARKS_PATH + untouchedDays(workDate);
		vacuum(report);
		side(gatling, settings, data, work, report, gateway, week, marks, workDate, Report.BEFORE_REGION);
		if (generateRegion(settings, data, report) == null) {
			return; // the small-data figures stand; P5 says why it has none
		}
		side(gatling, settings, data, work, report, gateway, week, marks, workDate, Report.AT_REGION_SCALE);
	}

	/** One side of P5, its figures named with {@code suffix}: the bare endpoint, the reads, pgbench, the writes. */
	private static void side(GatlingRun gatling, Settings settings, PerfData data, Path work, Report report, String gateway,
			String week, String marks, LocalDate workDate, String suffix) {
		read(gatling, settings, data, work, report, BARE_GATEWAY + suffix, gateway, BARE_PATH);
		read(gatling, settings, data, work, report, WEEK_VIEW + suffix, gateway, week);
		read(gatling, settings, data, work, report, MARKS_VIEW + suffix, gateway, marks);
		pgbench(gatling, settings, data, work, report, suffix);
		writes(gatling, settings, data, work, report, gateway, workDate, suffix);
	}

	/** P3's single mark and class batch once more, their names ending in {@code suffix} (P5). */
	private static void writes(GatlingRun gatling, Settings settings, PerfData data, Path work, Report report, String gateway,
			LocalDate workDate, String suffix) {
		report.add(warmAndRun(gatling, settings, report, "single mark, gateway + JWT" + suffix, MarkSimulation.class,
				() -> Map.of("perf.baseUrl", gateway, "perf.path", SINGLE_MARK_PATH, "perf.connections", "8", "perf.feeder",
						data.markFeeder(work, workDate).toString())));
		report.add(warmAndRun(gatling, settings, report, "class batch (" + settings.classSize() + " marks), gateway + JWT" + suffix,
				ClassBatchSimulation.class, () -> Map.of("perf.baseUrl", gateway, "perf.path", BATCH_PATH, "perf.connections", "4",
						"perf.feeder", data.batchFeeder(work, workDate).toString())));
	}

	/**
	 * The query of the week before {@code workDate}'s, which the write phases never touch: they post every mark on
	 * {@code workDate}, thousands a student in a run (as many as the box takes), so that the current week's body and
	 * its read grow with the box's speed (session 35: 41 week views/s against 3,199 before the writes).
	 */
	static String untouchedWeek(LocalDate workDate) {
		return weekOf(lastUntouchedDay(workDate));
	}

	/** The query of the 30 days back from the end of the week before {@code workDate}'s (see {@link #untouchedWeek}). */
	static String untouchedDays(LocalDate workDate) {
		return thirtyDaysTo(lastUntouchedDay(workDate));
	}

	/** The week view's query of the week that holds {@code day}. */
	static String weekOf(LocalDate day) {
		return "?date=" + day;
	}

	/** The marks' query of the 30 days back to {@code last}: the span the diary answers when none is asked. */
	static String thirtyDaysTo(LocalDate last) {
		return "?from=" + last.minusDays(30) + "&to=" + last;
	}

	/** The Friday of the week before {@code workDate}'s: within the demo school's 20 loaded school days. */
	private static LocalDate lastUntouchedDay(LocalDate workDate) {
		return workDate.minusWeeks(1).with(DayOfWeek.FRIDAY);
	}

	/**
	 * Vacuums the journal's and the diary's tables before P5's yardstick, as the region generator leaves them before the
	 * region's figures: both sides of each P5 pair then run on vacuumed tables (ADR 0104).
	 */
	private static void vacuum(Report report) {
		PostgresServer postgres = RealServers.postgres();
		try {
			Duration took = regionData(postgres).vacuum();
			System.out.printf("perf: the journal's and the diary's tables vacuumed and analysed, then a checkpoint, in %d s%n", took.toSeconds());
			report.note("before the small-data yardstick of P5: the journal's and the diary's tables vacuumed and analysed, then a checkpoint, in "
					+ took.toSeconds() + " s, as the region generator leaves them");
		}
		catch (RuntimeException ex) {
			System.out.println("perf: tables not vacuumed: " + ex.getMessage());
			report.note("before the small-data yardstick of P5: tables not vacuumed (" + ex.getMessage() + ")");
		}
	}

	/**
	 * How the server commits, as it says itself: whether each commit waits for its WAL on disk. The run's figures, the
	 * journal's and pgbench's, are a durable server's (ADR 0106) only when this says {@code fsync=on,
	 * synchronous_commit=on}.
	 */
	static String commitSettings(String jdbcUrl, String user, String password) {
		try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'), "
						+ "current_setting('wal_sync_method')")) {
			rs.next();
			return "PostgreSQL commits with fsync=" + rs.getString(1) + ", synchronous_commit=" + rs.getString(2)
					+ ", wal_sync_method=" + rs.getString(3);
		}
		catch (SQLException ex) {
			return "PostgreSQL's commit settings not read (" + ex.getMessage() + ")";
		}
	}

	private static RegionData regionData(PostgresServer postgres) {
		return new RegionData(postgres.jdbcUrl("journal"), postgres.jdbcUrl("diary"), postgres.username(), postgres.password());
	}

	/** The region around the school, straight into the journal's and the diary's databases; null if it could not be. */
	private static RegionData.@Nullable Generated generateRegion(Settings settings, PerfData data, Report report) {
		PostgresServer postgres = RealServers.postgres();
		RegionSize size = new RegionSize(settings.scale(), data.loadedOn());
		System.out.println("perf: generating the region around the school (scale " + settings.scale() + ") ...");
		RegionData.Generated region;
		try {
			region = regionData(postgres).generate(size, line -> System.out.println("perf:   " + line));
		}
		catch (RuntimeException ex) {
			System.out.println("perf: region data not generated: " + ex.getMessage());
			report.note("region data (scale " + settings.scale() + ") not generated: " + ex.getMessage());
			return null;
		}
		System.out.printf("perf: region generated in %d s, %,d MiB%n", region.took().toSeconds(), region.bytes() / (1024 * 1024));
		System.out.print(region.tableLines());
		report.region(region);
		return region;
	}

	private static void read(GatlingRun gatling, Settings settings, PerfData data, Path work, Report report, String name, String base,
			String path) {
		report.add(warmAndRun(gatling, settings, report, name, ReadSimulation.class,
				() -> Map.of("perf.baseUrl", base, "perf.path", path, "perf.connections", "16", "perf.feeder",
						data.familyFeeder(work, 64).toString())));
	}

	/**
	 * How long a path waits at most, before its first warm-up, for the services to go quiet: a write path as fast as the
	 * stack answers leaves the consumers (diary, notification, OneRoster) a backlog of up to a few hundred thousand
	 * marks, and the path after it shared the cores with them (session 36: the region's week view did 1,633 views/s,
	 * its diary at 0.48 ms a view against 0.19, after the class batch before the region).
	 */
	static final Duration SETTLE_AT_MOST = Duration.ofMinutes(5);

	private static GatlingRun gatling(Stack stack, Path work) {
		return new GatlingRun(work.resolve("gatling"), () -> stack.awaitQuiet(SETTLE_AT_MOST));
	}

	/** Waits for the services to go quiet before {@code name}; says so when that took a second or more. */
	private static void settle(GatlingRun gatling, Report report, String name) {
		Quiet.Outcome settled = gatling.settle();
		if (settled.quiet() && settled.waited().toSeconds() < 1) {
			return;
		}
		String note = settled.quiet() ? "the services went quiet after " + settled.waited().toSeconds() + " s (their consumers' backlog)"
				: "the services were still busy after " + settled.waited().toSeconds() + " s: run beside them";
		System.out.println("perf:   " + note);
		report.note("before " + name + ": " + note);
	}

	/** At most this many warm-up runs per path. */
	static final int MAX_WARM_UPS = 5;

	/**
	 * Seconds each Gatling JVM sends its requests silently before the counted ones: Gatling's own JIT needs about this
	 * long before it sends at the stack's pace (ADR 0079).
	 */
	static final int GATLING_WARM_UP_SECONDS = 15;

	/** Two warm-up runs in a row whose rates differ by at most this share of the first: the path is warm. */
	static final double STEADY = 0.10;

	/**
	 * Warm-up runs, thrown away, until two in a row agree within {@link #STEADY} (at most {@link #MAX_WARM_UPS}), then the
	 * measured run. On two cores shared by seven services, Kafka, Keycloak, PostgreSQL and Gatling the services' JIT
	 * compilers need minutes of traffic before a path runs at its steady rate, not one short warm-up. Every run, warm-up
	 * or measured, is a new Gatling JVM that first sends {@link #GATLING_WARM_UP_SECONDS} of uncounted requests, so that
	 * its figures are the stack's and not Gatling's own start (ADR 0079).
	 */
	private static GatlingRun.Result warmAndRun(GatlingRun gatling, Settings settings, Report report, String name,
			Class<?> simulation, Supplier<Map<String, String>> properties) {
		return warmAndRun(gatling, settings, report, name, simulation, properties, () -> {
		});
	}

	/**
	 * As above; {@code beforeMeasured} runs between the last warm-up and the measured run. The properties, with the
	 * feeders and their tokens they name, are made once the services are quiet: tokens live five minutes, the wait
	 * for quiet may take as long, and the warm-ups and the measured run up to four more (session 39: a week view's
	 * measured run after a five-minute wait answered 115,910 requests 401).
	 */
	private static GatlingRun.Result warmAndRun(GatlingRun gatling, Settings settings, Report report, String name,
			Class<?> simulation, Supplier<Map<String, String>> given, Runnable beforeMeasured) {
		System.out.println("perf: " + name + " ...");
		settle(gatling, report, name);
		Map<String, String> properties = given.get();
		Map<String, String> warm = new LinkedHashMap<>(properties);
		warm.put("perf.warm-seconds", Integer.toString(GATLING_WARM_UP_SECONDS));
		warm.put("perf.seconds", Integer.toString(settings.warmup()));
		List<Double> rates = new ArrayList<>();
		for (int run = 1; run <= MAX_WARM_UPS && !steady(rates); run++) {
			rates.add(gatling.run(name + " (warm-up " + run + ")", simulation, warm).perSecond());
			System.out.printf("perf:   warm-up %d: %.0f req/s%n", run, rates.getLast());
		}
		report.warmUps(name, rates);
		beforeMeasured.run();
		Map<String, String> measured = new LinkedHashMap<>(properties);
		measured.put("perf.warm-seconds", Integer.toString(GATLING_WARM_UP_SECONDS));
		measured.put("perf.seconds", Integer.toString(settings.seconds()));
		GatlingRun.Result result;
		try (CpuSampler cpu = CpuSampler.start()) {
			WalAndDisk.Reading before = WalAndDisk.now();
			result = gatling.run(name, simulation, measured);
			report.io(result, before, WalAndDisk.now(), GATLING_WARM_UP_SECONDS + settings.seconds());
			report.cpu(result, cpu.between(result.from(), result.until()), cpu.span(result.from(), result.until()));
		}
		System.out.printf("perf:   %.0f req/s, p50 %d ms, p99 %d ms, %d failed%n", result.perSecond(), result.p50Millis(),
				result.p99Millis(), result.failed());
		return result;
	}

	/** Whether the last two warm-up rates agree within {@link #STEADY}. */
	static boolean steady(List<Double> rates) {
		if (rates.size() < 2) {
			return false;
		}
		double before = rates.get(rates.size() - 2);
		return before > 0 && Math.abs(rates.getLast() - before) <= STEADY * before;
	}

	/**
	 * Memory of everything this run started (services, PostgreSQL, Kafka, Keycloak, SMTP), in MiB: proportional set
	 * size (PSS), so that PostgreSQL's shared buffers, which every backend maps, are counted once and not per backend.
	 */
	static Map<String, Long> stackRss() {
		Map<String, Long> rss = new java.util.TreeMap<>();
		StackProcesses.labelled().forEach((process, label) -> {
			long kb = pssKb(process.pid());
			if (kb > 0) {
				rss.merge(StackProcesses.process(label), kb / 1024, Long::sum);
			}
		});
		return rss;
	}

	private static long pssKb(long pid) {
		for (String file : List.of("smaps_rollup", "status")) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), file))) {
					if (line.startsWith("Pss:") || line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("\\D", ""));
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				// gone, not Linux, or no smaps_rollup: try the next
			}
		}
		return 0;
	}

	static List<String> names(List<GatlingRun.Result> results) {
		List<String> names = new ArrayList<>();
		results.forEach(r -> names.add(r.name()));
		return names;
	}
}
