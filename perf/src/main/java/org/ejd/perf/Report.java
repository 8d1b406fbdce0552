package org.ejd.perf;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ejd.devstack.Quiet;
import org.ejd.perf.data.RegionData;
import org.ejd.perf.data.RegionSize;
import org.jspecify.annotations.Nullable;

/** The run's figures as one Markdown table per kind, with the goals (P1–P6) and each figure's ratio. */
final class Report {

	/** Appended to a simulation's name when it ran again against the region-scale data (P5). */
	static final String AT_REGION_SCALE = " (region scale)";

	/**
	 * Appended to a simulation's name when it ran again on the small data just before the region was generated (P5): by
	 * then the write phases have added their marks to the journal (about 700,000 in session 35's run, against the loaded
	 * school's few thousand) and to the same families' students, so the run's first figures are no yardstick for the
	 * region's: they would count those marks as the region's cost.
	 */
	static final String BEFORE_REGION = " (small data, before the region)";

	/** P5: a figure at region scale may be at most this much worse than on the small data. */
	static final double P5_WITHIN = 1.2;

	private RegionData.@Nullable Generated region;

	private final Map<String, GatlingRun.Result> results = new LinkedHashMap<>();

	private final List<PgBench.Result> pgbench = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private final List<Cpu> cpu = new ArrayList<>();

	private Duration startup = Duration.ZERO;

	private Map<String, Duration> readyIn = Map.of();

	private Map<String, Long> rss = Map.of();

	/** P4's probe figures by the marks/s the batches offered: the goal's rate and any rate below it. */
	private final List<Freshness> freshness = new ArrayList<>();

	/** The probe's figures while class batches offered {@code offered} marks/s and {@code posted} were counted. */
	record Freshness(int offered, FreshnessProbe.Figures figures, double posted) {
	}

	private double batchMarksPerSecond;

	private GatlingRun.@Nullable Result imports;

	private PerfData.@Nullable Roster roster;

	/** How long after the import's last file its consumers went quiet, and whether they did (ADR 0109). */
	private Quiet.@Nullable Outcome importsApplied;

	/** A region's roster as the issue sizes it: 1 M students and 2 M guardians (D13). */
	static final long REGION_PERSONS = 3_000_000;

	private List<Jmh.Score> jmh = List.of();

	private String startLoad = "?";

	void started(Duration startup, Map<String, Duration> readyIn) {
		this.startup = startup;
		this.readyIn = readyIn;
		this.startLoad = loadAverage();
	}

	/** The machine's one-minute load average: the box is shared, and every figure moves with it. */
	static String loadAverage() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException | RuntimeException ex) {
			return "?";
		}
	}

	void add(GatlingRun.Result result) {
		results.put(result.name(), result);
	}

	void batch(GatlingRun.Result batch, int classSize) {
		this.batchMarksPerSecond = batch.perSecond() * classSize;
	}

	/** The bulk CSV import's measured run and what each file held. */
	void imports(GatlingRun.Result run, PerfData.Roster roster) {
		this.imports = run;
		this.roster = roster;
	}

	/** How long the consumers took, after the import's last file, to apply the events of its runs (ADR 0109). */
	void importsApplied(Quiet.Outcome applied) {
		this.importsApplied = applied;
	}

	void freshness(int offered, FreshnessProbe.Figures figures, double postedMarksPerSecond) {
		freshness.add(new Freshness(offered, figures, postedMarksPerSecond));
	}

	void pgbench(PgBench.Result result) {
		pgbench.add(result);
	}

	void memory(Map<String, Long> rss, int services) {
		this.rss = rss;
	}

	void jmh(List<Jmh.Score> scores) {
		this.jmh = scores;
	}

	void region(RegionData.Generated region) {
		this.region = region;
	}

	/** The rates of a path's warm-up runs, thrown away before its measured run. */
	void warmUps(String name, List<Double> rates) {
		notes.add("warm-up of " + name + ", req/s per run: " + rates.stream().map(r -> String.format(java.util.Locale.ROOT, "%,.0f", r))
			.collect(java.util.stream.Collectors.joining(" → ")));
	}

	void note(String note) {
		notes.add(note);
	}

	/** A measured run's CPU by process over its counted window, {@code span} long: its profile. */
	record Cpu(GatlingRun.Result run, Map<String, Duration> byProcess, Duration span) {
	}

	void cpu(GatlingRun.Result run, Map<String, Duration> byProcess, Duration span) {
		if (!byProcess.isEmpty() && run.requests() > 0 && !span.isZero()) {
			cpu.add(new Cpu(run, byProcess, span));
		}
	}

	/** PostgreSQL's WAL and the disks' counters around a measured Gatling JVM whose load lasted {@code loadSeconds}. */
	record Io(GatlingRun.Result run, WalAndDisk.Reading before, WalAndDisk.Reading after, int loadSeconds) {
	}

	private final List<Io> io = new ArrayList<>();

	void io(GatlingRun.Result run, WalAndDisk.@Nullable Reading before, WalAndDisk.@Nullable Reading after, int loadSeconds) {
		if (before != null && after != null && run.perSecond() > 0 && loadSeconds > 0) {
			io.add(new Io(run, before, after, loadSeconds));
		}
	}

	/**
	 * Per measured run, the WAL PostgreSQL wrote a request (all its databases: the path's own writes and its consumers')
	 * and the disks' writes and flushes with their average time: whether a path that slowed without more CPU wrote more
	 * or waited on a slower disk. The readings span the Gatling JVM's uncounted and counted seconds at the same load,
	 * so a request's share is the counters over the run's rate times those seconds.
	 */
	private void ioTable(StringBuilder out) {
		if (io.isEmpty()) {
			return;
		}
		out.append("\n## WAL and disk in the measured runs\n\nPostgreSQL's `pg_stat_wal` and the disks' `/proc/diskstats`, read "
				+ "before and after each measured Gatling JVM (its uncounted and its counted seconds, at the same load).\n\n"
				+ "| path | WAL kB a request | full-page images a request | WAL records a request | disk writes/s | ms a write "
				+ "| flushes/s | ms a flush |\n|---|---|---|---|---|---|---|---|\n");
		for (Io i : io) {
			double requests = i.run().perSecond() * i.loadSeconds();
			WalAndDisk.Disks disks = i.after().disks().minus(i.before().disks());
			out.append(String.format(Locale.ROOT, "| %s | %.1f | %.2f | %.1f | %.0f | %s | %.0f | %s |%n", i.run().name(),
					(i.after().walBytes() - i.before().walBytes()) / 1024.0 / requests,
					(i.after().walFpi() - i.before().walFpi()) / requests, (i.after().walRecords() - i.before().walRecords()) / requests,
					disks.writes() / (double) i.loadSeconds(), average(disks.writeMillis(), disks.writes()),
					disks.flushes() / (double) i.loadSeconds(), average(disks.flushMillis(), disks.flushes())));
		}
	}

	private static String average(long millis, long count) {
		return count == 0 ? "–" : String.format(Locale.ROOT, "%.2f", (double) millis / count);
	}

	/** The order the CPU table's columns take, where the run had such a process; any other label follows. */
	private static final List<String> PROCESSES = List.of("gateway", "identity-service", "journal-service", "diary-service",
			"consent-service", "notification-service", "oneroster-service", "postgres", "kafka", "keycloak", "gatling",
			"other (SMTP, SMPP, tools)");

	/**
	 * Per measured run, the milliseconds of CPU each process spent per counted request, their total, and how many of the
	 * box's cores the whole was busy on: where a path's cost is, and whether it ran out of cores. PostgreSQL's share is
	 * one column there, and split by the database its backends served in a table of its own.
	 */
	private void cpuTables(StringBuilder out) {
		if (cpu.isEmpty()) {
			return;
		}
		List<Map<String, Duration>> byProcess = cpu.stream().map(c -> {
			Map<String, Duration> merged = new LinkedHashMap<>();
			c.byProcess().forEach((label, time) -> merged.merge(StackProcesses.process(label), time, Duration::plus));
			return merged;
		}).toList();
		out.append("\n## CPU by process in the measured runs (ms per request)\n\nEach process's CPU clock over the run's counted "
				+ "requests, divided by their number; cores = the whole stack's CPU over that wall time.\n\n");
		cpuTable(out, byProcess, PROCESSES, true);
		List<Map<String, Duration>> byDatabase = cpu.stream().map(c -> {
			Map<String, Duration> postgres = new java.util.TreeMap<>();
			c.byProcess().forEach((label, time) -> StackProcesses.database(label).ifPresent(database -> postgres.put(database, time)));
			return postgres;
		}).toList();
		if (byDatabase.stream().anyMatch(m -> m.size() > 1)) {
			out.append("\n### PostgreSQL's share by database (ms per request)\n\nIts backends' CPU by the database each serves; "
					+ "background is the server's own processes (WAL writer, checkpointer, autovacuum).\n\n");
			cpuTable(out, byDatabase, List.of("journal", "diary", "notification", "oneroster", "consent", "identity", "keycloak"), false);
		}
	}

	/** One row per measured run, a column per label: known ones in {@code order}, then the rest by name. */
	private void cpuTable(StringBuilder out, List<Map<String, Duration>> rows, List<String> order, boolean cores) {
		List<String> columns = new ArrayList<>(order.stream().filter(p -> rows.stream().anyMatch(r -> r.containsKey(p))).toList());
		rows.stream().flatMap(r -> r.keySet().stream()).filter(p -> !columns.contains(p)).distinct().sorted().forEach(columns::add);
		out.append("| path | ");
		columns.forEach(c -> out.append(c.replace("-service", "")).append(" | "));
		out.append(cores ? "total | cores |\n|---|" : "total |\n|---|").append("---|".repeat(columns.size() + (cores ? 2 : 1))).append('\n');
		for (int i = 0; i < cpu.size(); i++) {
			Map<String, Duration> row = rows.get(i);
			long requests = cpu.get(i).run().requests();
			out.append("| ").append(cpu.get(i).run().name()).append(" | ");
			columns.forEach(p -> out.append(String.format(java.util.Locale.ROOT, "%.2f | ",
					row.getOrDefault(p, Duration.ZERO).toNanos() / 1e6 / requests)));
			long total = row.values().stream().mapToLong(Duration::toNanos).sum();
			out.append(String.format(java.util.Locale.ROOT, "%.2f |", total / 1e6 / requests));
			if (cores) {
				out.append(String.format(java.util.Locale.ROOT, " %.2f |", (double) total / cpu.get(i).span().toNanos()));
			}
			out.append('\n');
		}
	}

	/**
	 * The bulk path in rows (persons) a second, beside pgbench's single-row insert, and what a region's whole roster would
	 * take at that rate; no goal names it.
	 */
	private void importLine(StringBuilder out) {
		if (imports == null || roster == null || imports.perSecond() == 0) {
			return;
		}
		double rows = imports.perSecond() * roster.rows();
		double pgInsert = pg(PgBench.SINGLE_INSERT);
		out.append(String.format(Locale.ROOT, "%nBulk CSV import (identity's `POST /api/identity/schools/{id}/imports`, a class's roster a "
				+ "file: %d students, %d guardians, %d links): %.1f files/s, p50 %d ms, p99 %d ms a file, so %,.0f persons and %,.0f "
				+ "links a second (%s of pgbench's single-row inserts/s). A region's roster (1 M students, 2 M guardians) at this "
				+ "rate: %.0f min.%n", roster.students(), roster.guardians(), roster.links(), imports.perSecond(), imports.p50Millis(),
				imports.p99Millis(), rows, imports.perSecond() * roster.links(), ratio(rows, pgInsert), REGION_PERSONS / rows / 60));
		if (importsApplied != null) {
			long seconds = importsApplied.waited().toSeconds();
			out.append(importsApplied.quiet()
					? String.format(Locale.ROOT, "Its consumers (diary, consent, journal, notification, OneRoster) had applied the "
							+ "events of the import's runs, its warm-ups' too, %d s after its last file.%n", seconds)
					: String.format(Locale.ROOT, "Its consumers were still applying the events of the import's runs %d s after its "
							+ "last file.%n", seconds));
		}
	}

	private double rate(String name) {
		GatlingRun.Result r = results.get(name);
		return r == null ? 0 : r.perSecond();
	}

	private double pg(String name) {
		return pgbench.stream().filter(p -> p.name().equals(name)).mapToDouble(PgBench.Result::tps).findFirst().orElse(0);
	}

	private static String ratio(double a, double b) {
		return b == 0 ? "–" : String.format("%.2f", a / b);
	}

	String render(PerfRun.Settings settings) {
		StringBuilder out = new StringBuilder();
		out.append("# Performance run (issue 13)\n\n");
		out.append("Run ").append(OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
			.append(" with `./perf/run` on ").append(machine()).append(". Every figure comes from this one run: the stack, the ")
			.append("load generator (Gatling, its own JVM) and pgbench share the same cores. Measured runs of ").append(settings.seconds())
			.append(" s each, counted after ").append(PerfRun.GATLING_WARM_UP_SECONDS)
			.append(" s of uncounted requests in the same Gatling JVM, after warm-up runs of ").append(settings.warmup())
			.append(" s until two in a row agree within ").append(Math.round(PerfRun.STEADY * 100)).append(" % (at most ")
			.append(PerfRun.MAX_WARM_UPS).append(", ADR 0079). Services: ")
			.append(String.join(" ", org.ejd.devstack.Stack.Jvm.PRODUCTION.options())).append("; Kafka: ")
			.append(String.join(" ", org.ejd.testkit.ServerJvm.current().kafkaOptions())).append("; Keycloak: ")
			.append(String.join(" ", org.ejd.testkit.ServerJvm.current().keycloakOptions()))
			.append(" (ADR 0069).\n\n");
		notes.forEach(n -> out.append("- ").append(n).append('\n'));
		out.append("\n## Requests\n\n| path | connections | req/s | p50 ms | p99 ms | failed |\n|---|---|---|---|---|---|\n");
		results.values().forEach(r -> out.append(String.format("| %s | | %.0f | %d | %d | %d |%n", r.name(), r.perSecond(), r.p50Millis(),
				r.p99Millis(), r.failed())));
		out.append("\n## Writes beside the database's own figures\n\n| pgbench script | clients | tps |\n|---|---|---|\n");
		pgbench.forEach(p -> out.append(String.format("| %s | %d | %.0f |%n", p.name(), p.clients(), p.tps())));
		importLine(out);
		double bareGateway = rate(PerfRun.BARE_GATEWAY);
		double bareDirect = rate(PerfRun.BARE_DIRECT);
		GatlingRun.Result week = results.get(PerfRun.WEEK_VIEW);
		double single = rate("single mark, gateway + JWT");
		out.append("\n## Goals\n\n| goal | figure | target | met |\n|---|---|---|---|\n");
		double p1 = bareGateway == 0 ? 0 : rate(PerfRun.WEEK_VIEW) / bareGateway;
		out.append(String.format("| P1 week view / bare endpoint, both through gateway + JWT | %s (%.0f / %.0f req/s), p99 %d ms | ≥ 0.5, ≥ 2,500/s, p99 ≤ 25 ms | %s |%n",
				ratio(rate(PerfRun.WEEK_VIEW), bareGateway), rate(PerfRun.WEEK_VIEW), bareGateway,
				week == null ? 0 : week.p99Millis(), yes(p1 >= 0.5 && rate(PerfRun.WEEK_VIEW) >= 2500 && week != null && week.p99Millis() <= 25)));
		out.append(String.format("| P2 gateway + JWT hop / direct, bare endpoint | %s (%.0f / %.0f req/s) | ≥ 0.25 | %s |%n",
				ratio(bareGateway, bareDirect), bareGateway, bareDirect, yes(bareDirect > 0 && bareGateway / bareDirect >= 0.25)));
		double pgTx = pg(PgBench.MARK_AND_OUTBOX);
		double pgInsert = pg(PgBench.SINGLE_INSERT);
		out.append(String.format("| P3 single mark / pgbench mark + outbox transaction | %s (%.0f / %.0f per s) | ≥ 0.3 | %s |%n",
				ratio(single, pgTx), single, pgTx, yes(pgTx > 0 && single / pgTx >= 0.3)));
		out.append(String.format("| P3 class batch marks/s / pgbench single-row inserts/s | %s (%.0f / %.0f per s) | ≥ 1.0 | %s |%n",
				ratio(batchMarksPerSecond, pgInsert), batchMarksPerSecond, pgInsert, yes(pgInsert > 0 && batchMarksPerSecond >= pgInsert)));
		double halfMillion = batchMarksPerSecond == 0 ? 0 : 500_000 / batchMarksPerSecond;
		out.append(String.format("| P3 0.5 M marks (a region's day) by class batches, at the measured rate | %.0f s | < 120 s | %s |%n",
				halfMillion, yes(halfMillion > 0 && halfMillion < 120)));
		for (Freshness run : freshness) {
			FreshnessProbe.Figures figures = run.figures();
			String refusals = figures.refused().isEmpty() ? ""
					: ", posts refused: " + figures.refused().entrySet().stream().map(e -> e.getValue() + " × " + e.getKey())
						.collect(java.util.stream.Collectors.joining(", "));
			FreshnessProbe.Parts parts = figures.parts();
			String split = parts.answerP50Millis() < 0 ? ""
					: String.format("; the POST's answer p50 %d ms, p99 %d ms; answer → visible p50 %d ms, p99 %d ms",
							parts.answerP50Millis(), parts.answerP99Millis(), parts.afterAnswerP50Millis(), parts.afterAnswerP99Millis());
			String figure = String.format("p50 %d ms, p99 %d ms, max %d ms (%d probes read every %d ms, %d not seen in 30 s%s%s)",
					figures.p50Millis(), figures.p99Millis(), figures.maxMillis(), figures.marks(), FreshnessProbe.READ_EVERY.toMillis(),
					figures.notSeen(), refusals, split);
			if (run.offered() >= PerfRun.P4_MARKS_PER_SECOND) {
				out.append(String.format("| P4 mark → visible in the guardian's diary, while class batches paced at %.0f marks/s are posted | %s | p99 ≤ 200 ms at 1,000 marks/s | %s |%n",
						run.posted(), figure, yes(figures.marks() > 0 && figures.p99Millis() <= 200 && run.posted() >= 1000
								&& figures.notSeen() == 0 && figures.refusedCount() == 0)));
			}
			else {
				out.append(String.format("| P4 below the goal's rate: the same, paced at %.0f marks/s | %s | the path's own latency | – |%n",
						run.posted(), figure));
			}
		}
		out.append(p5(settings));
		long total = rss.values().stream().mapToLong(Long::longValue).sum();
		long slowest = readyIn.values().stream().mapToLong(Duration::toMillis).max().orElse(0);
		out.append(String.format("| P6 whole stack memory (PSS) after the run | %,d MiB | ≤ 3,072 MiB | %s |%n", total, yes(total > 0 && total <= 3072)));
		out.append(String.format("| P6 slowest service ready | %.1f s | ≤ 8 s | %s |%n", slowest / 1000.0, yes(slowest > 0 && slowest <= 8000)));
		out.append("\n## Memory (PSS after the run, MiB) and time to ready\n\n| process | MiB | ready in s |\n|---|---|---|\n");
		rss.forEach((name, mib) -> out.append(String.format("| %s | %d | %s |%n", name, mib, ready(name))));
		out.append(String.format("%nWhole stack started (servers, then the six services and the gateway one at a time, ADR 0055) in %.1f s; "
				+ "load average (1 min) when it was up: %s, at the end: %s.%n", startup.toMillis() / 1000.0,
				startLoad, loadAverage()));
		cpuTables(out);
		ioTable(out);
		if (region != null) {
			RegionSize size = region.size();
			out.append(String.format("%n## Region-scale data (P5)%n%nScale %s: %,d schools, %,d classes, %,d students, %,d guardians, "
					+ "%,d lessons, %,d marks, written straight into the journal's and the diary's databases in %d s (docs/perf.md).%n%n"
					+ "| table | rows | MiB |%n|---|---|---|%n", size.scale(), size.schools(), size.classes(), size.students(),
					size.guardians(), size.lessons(), size.marks(), region.took().toSeconds()));
			region.tables().forEach(t -> out.append(String.format("| %s.%s | %,d | %,d |%n", t.database(), t.table(), t.rows(),
					t.bytes() / (1024 * 1024))));
		}
		if (!jmh.isEmpty()) {
			out.append("\n## JMH (hot paths, one JVM fork each)\n\n| benchmark | score | unit |\n|---|---|---|\n");
			jmh.forEach(s -> out.append(String.format("| %s | %.1f ± %.1f | %s |%n", s.name(), s.score(), s.error(), s.unit())));
		}
		return out.toString();
	}

	/**
	 * P5: each P1/P3 figure against a region's tables beside the same figure on the small data: the one measured just
	 * before the region was generated where the run has it, so that the two differ by the region's rows alone. Where both
	 * sides measured the path's yardstick (the bare endpoint through the gateway for the reads, pgbench for the writes,
	 * as P1 and P3 define their figures), the verdict is on the figures against their yardsticks, so that a box that ran
	 * slower in one side's minutes is not counted as the region's cost; the plain throughput ratio stays beside it
	 * (ADR 0117).
	 */
	private String p5(PerfRun.Settings settings) {
		if (region == null) {
			return "| P5 region-scale data | not run here (`--scale=0.01` and up, see docs/perf.md) | within 1.2× | – |\n";
		}
		List<String> figures = new ArrayList<>();
		boolean met = true;
		String batch = "class batch (" + settings.classSize() + " marks), gateway + JWT";
		Map<String, String> yardsticks = new LinkedHashMap<>();
		yardsticks.put(PerfRun.WEEK_VIEW, PerfRun.BARE_GATEWAY);
		yardsticks.put(PerfRun.MARKS_VIEW, PerfRun.BARE_GATEWAY);
		yardsticks.put("single mark, gateway + JWT", PgBench.MARK_AND_OUTBOX);
		yardsticks.put(batch, PgBench.SINGLE_INSERT);
		for (Map.Entry<String, String> path : yardsticks.entrySet()) {
			String name = path.getKey();
			GatlingRun.Result small = results.getOrDefault(name + BEFORE_REGION, results.get(name));
			GatlingRun.Result big = results.get(name + AT_REGION_SCALE);
			if (small == null || big == null) {
				continue;
			}
			double slower = big.perSecond() == 0 ? Double.POSITIVE_INFINITY : small.perSecond() / big.perSecond();
			String figure = String.format("%s %.0f vs %.0f req/s (%.2f×), p99 %d vs %d ms", name.replace(", gateway + JWT", ""),
					big.perSecond(), small.perSecond(), slower, big.p99Millis(), small.p99Millis());
			double yardstickSmall = yardstick(path.getValue() + BEFORE_REGION);
			double yardstickBig = yardstick(path.getValue() + AT_REGION_SCALE);
			if (yardstickSmall > 0 && yardstickBig > 0) {
				slower = slower * yardstickBig / yardstickSmall;
				figure += String.format(", **%.2f× against its yardstick** (%s %.0f vs %.0f/s)", slower,
						path.getValue().replace(", gateway + JWT", ""), yardstickBig, yardstickSmall);
			}
			met &= slower <= P5_WITHIN;
			figures.add(figure);
		}
		return String.format("| P5 region scale (%s, %,d students, %,d marks) vs small data | %s | each within %.1f× | %s |%n", region.size().scale(),
				region.size().students(), region.size().marks(), String.join("; ", figures), P5_WITHIN, yes(met && !figures.isEmpty()));
	}

	/** A yardstick's rate by its name: a Gatling run's requests a second or pgbench's transactions; 0 if not measured. */
	private double yardstick(String name) {
		return name.startsWith("pgbench") ? pg(name) : rate(name);
	}

	private String ready(String name) {
		return readyIn.entrySet().stream().filter(e -> e.getKey().startsWith(name.split("\\.")[0]))
			.map(e -> String.format("%.1f", e.getValue().toMillis() / 1000.0)).findFirst().orElse("");
	}

	private static String yes(boolean met) {
		return met ? "yes" : "**no**";
	}

	private static String machine() {
		return Runtime.getRuntime().availableProcessors() + " cores" + processor() + ", " + (Runtime.getRuntime().maxMemory() > 0 ? totalMemory() : "?")
				+ ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", JDK " + Runtime.version();
	}

	/**
	 * The processor as the kernel names it, with its clock: runs on boxes of the same size have differed twofold
	 * (session 35), so a figure is compared with another's only when the processor is the same.
	 */
	private static String processor() {
		try {
			return processor(java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/cpuinfo")));
		}
		catch (java.io.IOException ex) {
			return ""; // not Linux
		}
	}

	static String processor(List<String> cpuinfo) {
		String model = field(cpuinfo, "model name");
		String clock = field(cpuinfo, "cpu MHz");
		if (model.isEmpty()) {
			return "";
		}
		try {
			return " (" + model + (clock.isEmpty() ? "" : String.format(Locale.ROOT, " at %,.0f MHz", Double.parseDouble(clock))) + ")";
		}
		catch (NumberFormatException ex) {
			return " (" + model + ")";
		}
	}

	/** The first value of {@code name} in /proc/cpuinfo's "name : value" lines. */
	private static String field(List<String> cpuinfo, String name) {
		for (String line : cpuinfo) {
			int colon = line.indexOf(':');
			if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
				return line.substring(colon + 1).trim();
			}
		}
		return "";
	}

	private static String totalMemory() {
		try {
			for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					return (Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024) + " GiB";
				}
			}
		}
		catch (java.io.IOException | NumberFormatException ex) {
			// not Linux
		}
		return "? GiB";
	}
}
