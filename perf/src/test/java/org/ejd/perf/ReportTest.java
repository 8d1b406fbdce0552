package org.ejd.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ejd.devstack.Quiet;
import org.ejd.perf.data.RegionData;
import org.ejd.perf.data.RegionSize;
import org.junit.jupiter.api.Test;

class ReportTest {

	private static final PerfRun.Settings SETTINGS = new PerfRun.Settings(4, 25, 20, 10, false, Path.of("out.md"), 0.01, false);

	private static final RegionData.Generated REGION = new RegionData.Generated(new RegionSize(0.01, LocalDate.of(2026, 11, 30)),
			Duration.ofSeconds(63), List.of(new RegionData.TableSize("journal", "mark", 500_000, 147L * 1024 * 1024)));

	@Test
	void theMachineNamesItsProcessorAndClockAsTheKernelGivesThem() {
		List<String> cpuinfo = List.of("processor\t: 0", "vendor_id\t: AuthenticAMD", "model name\t: AMD EPYC", "cpu MHz\t\t: 2596.096",
				"processor\t: 1", "model name\t: AMD EPYC", "cpu MHz\t\t: 2400.000");

		assertThat(Report.processor(cpuinfo)).isEqualTo(" (AMD EPYC at 2,596 MHz)");
		assertThat(Report.processor(List.of("model name\t: ARMv8 Processor"))).isEqualTo(" (ARMv8 Processor)");
		assertThat(Report.processor(List.of("Processor\t: AArch64"))).isEmpty();
	}

	@Test
	void withoutRegionDataP5SaysItWasNotRun() {
		Report report = new Report();

		assertThat(report.render(SETTINGS)).contains("| P5 region-scale data | not run here").doesNotContain("## Region-scale data");
	}

	@Test
	void p5IsMetWhenEveryFigureAtRegionScaleIsWithinOnePointTwoOfTheSmallData() {
		Report report = figures(2_000, 1_800, 300, 260);

		String table = report.render(SETTINGS);

		assertThat(p5(table)).contains("week view 1800 vs 2000 req/s (1.11×)").contains("single mark 260 vs 300 req/s (1.15×)")
			.endsWith("| yes |");
		assertThat(table).contains("## Region-scale data (P5)").contains("10,000 students").contains("in 63 s")
			.contains("| journal.mark | 500,000 | 147 |");
	}

	@Test
	void p5ComparesEachRegionFigureWithTheSameOneMeasuredJustBeforeTheRegion() {
		Report report = figures(2_000, 1_000, 300, 200);
		report.add(new GatlingRun.Result("week view, gateway + JWT" + Report.BEFORE_REGION, 1000, 0, 1_100, 7, 26));
		report.add(new GatlingRun.Result("single mark, gateway + JWT" + Report.BEFORE_REGION, 1000, 0, 220, 22, 64));

		assertThat(p5(report.render(SETTINGS))).contains("week view 1000 vs 1100 req/s (1.10×), p99 24 vs 26 ms")
			.contains("single mark 200 vs 220 req/s (1.10×), p99 70 vs 64 ms").endsWith("| yes |");
	}

	@Test
	void p5JudgesEachFigureAgainstItsYardstickMeasuredOnTheSameSide() {
		Report report = figures(2_000, 1_500, 300, 330);
		report.add(new GatlingRun.Result(PerfRun.BARE_GATEWAY + Report.BEFORE_REGION, 1000, 0, 4_000, 3, 9));
		report.add(new GatlingRun.Result(PerfRun.BARE_GATEWAY + Report.AT_REGION_SCALE, 1000, 0, 3_200, 4, 11));
		report.pgbench(new PgBench.Result(PgBench.MARK_AND_OUTBOX + Report.BEFORE_REGION, 4_000, 8));
		report.pgbench(new PgBench.Result(PgBench.MARK_AND_OUTBOX + Report.AT_REGION_SCALE, 4_000, 8));

		// the week view: 1.33× slower, but the box's bare endpoint ran 0.8 times as fast beside it: 1.07×
		assertThat(p5(report.render(SETTINGS))).contains("week view 1500 vs 2000 req/s (1.33×), p99 24 vs 20 ms, "
				+ "**1.07× against its yardstick** (bare 3200 vs 4000/s)")
			.contains("single mark 330 vs 300 req/s (0.91×), p99 70 vs 60 ms, **0.91× against its yardstick** "
					+ "(pgbench: mark + outbox transaction 4000 vs 4000/s)")
			.endsWith("| yes |");
	}

	@Test
	void p5IsNotMetWhenAFigureFallsWhileItsYardstickHolds() {
		Report report = figures(2_000, 1_500, 300, 290);
		report.add(new GatlingRun.Result(PerfRun.BARE_GATEWAY + Report.BEFORE_REGION, 1000, 0, 4_000, 3, 9));
		report.add(new GatlingRun.Result(PerfRun.BARE_GATEWAY + Report.AT_REGION_SCALE, 1000, 0, 4_100, 3, 9));

		assertThat(p5(report.render(SETTINGS))).contains("week view 1500 vs 2000 req/s (1.33×)")
			.contains("**1.37× against its yardstick**").endsWith("single mark 290 vs 300 req/s (1.03×), p99 70 vs 60 ms | each within 1.2× | **no** |")
			.doesNotContain("(pgbench");
	}

	@Test
	void pgbenchsOwnFiguresAreTheFirstOnesAndNotP5s() {
		Report report = new Report();
		report.add(new GatlingRun.Result("single mark, gateway + JWT", 1000, 0, 600, 10, 30));
		report.pgbench(new PgBench.Result(PgBench.MARK_AND_OUTBOX, 4_000, 8));
		report.pgbench(new PgBench.Result(PgBench.MARK_AND_OUTBOX + Report.BEFORE_REGION, 2_000, 8));

		assertThat(line(report.render(SETTINGS), "| P3 single mark")).contains("0.15 (600 / 4000 per s)");
	}

	@Test
	void eachMeasuredRunsWalAndDiskAreGivenARequestAndTheFlushesWithTheirAverageTime() {
		Report report = new Report();
		GatlingRun.Result mark = new GatlingRun.Result("single mark, gateway + JWT", 3000, 0, 100, 20, 60);
		WalAndDisk.Reading before = new WalAndDisk.Reading(1_000_000, 500, 40, new WalAndDisk.Disks(1_000, 2_000, 100, 300), 0);
		// 30 s at 100 marks a second: 3,000 marks wrote 30,720,000 bytes, 6,000 full-page images, 60,000 records
		WalAndDisk.Reading after = new WalAndDisk.Reading(31_720_000, 60_500, 6_040, new WalAndDisk.Disks(7_000, 14_000, 3_100, 9_300), 0);
		report.io(mark, before, after, 30);
		report.io(new GatlingRun.Result("bare, direct", 1000, 0, 5000, 1, 3), null, after, 30);

		assertThat(report.render(SETTINGS)).contains("## WAL and disk in the measured runs")
			.contains("| single mark, gateway + JWT | 10.0 | 2.00 | 20.0 | 200 | 2.00 | 100 | 3.00 |")
			.doesNotContain("| bare, direct | 0");
	}

	@Test
	void theBulkImportIsGivenInPersonsASecondBesidePgbenchWithARegionsRosterTime() {
		Report report = new Report();
		report.pgbench(new PgBench.Result("pgbench: single-row insert", 10_000, 8));
		GatlingRun.Result imports = new GatlingRun.Result(PerfRun.IMPORT, 120, 0, 8, 230, 410);
		report.add(imports);
		report.imports(imports, PerfData.Roster.ofClass(25));

		assertThat(report.render(SETTINGS)).contains("a class's roster a file: 25 students, 50 guardians, 50 links): 8.0 files/s, "
				+ "p50 230 ms, p99 410 ms a file, so 600 persons and 400 links a second (0.06 of pgbench's single-row inserts/s). "
				+ "A region's roster (1 M students, 2 M guardians) at this rate: 83 min.");
	}

	@Test
	void theBulkImportSaysHowLongItsConsumersTookToApplyItsEvents() {
		Report report = new Report();
		GatlingRun.Result imports = new GatlingRun.Result(PerfRun.IMPORT, 120, 0, 8, 230, 410);
		report.add(imports);
		report.imports(imports, PerfData.Roster.ofClass(25));
		report.importsApplied(new Quiet.Outcome(true, Duration.ofMillis(41_700)));

		assertThat(report.render(SETTINGS)).contains("Its consumers (diary, consent, journal, notification, OneRoster) had applied "
				+ "the events of the import's runs, its warm-ups' too, 41 s after its last file.");

		report.importsApplied(new Quiet.Outcome(false, Duration.ofMinutes(10)));
		assertThat(report.render(SETTINGS)).contains("Its consumers were still applying the events of the import's runs 600 s "
				+ "after its last file.");
	}

	@Test
	void withoutTheBulkImportNoImportLineIsPrinted() {
		assertThat(new Report().render(SETTINGS)).doesNotContain("Bulk CSV import");
	}

	@Test
	void p5IsNotMetWhenOneFigureFallsFurther() {
		Report report = figures(2_000, 1_800, 300, 200);

		assertThat(p5(report.render(SETTINGS))).contains("single mark 200 vs 300 req/s (1.50×)").endsWith("| **no** |");
	}

	@Test
	void eachMeasuredRunsCpuIsPrintedPerRequestByProcessWithTheCoresItKeptBusy() {
		Report report = new Report();
		GatlingRun.Result batch = new GatlingRun.Result("class batch (25 marks), gateway + JWT", 1_000, 0, 66.7, 43, 137, 1_000, 16_000);
		report.cpu(batch, Map.of("journal-service", Duration.ofMillis(9_000), "postgres: journal", Duration.ofMillis(4_000),
				"postgres: diary", Duration.ofMillis(1_500), "postgres: background", Duration.ofMillis(500),
				"gatling", Duration.ofMillis(1_500), "mystery", Duration.ofMillis(500)), Duration.ofSeconds(15));
		report.cpu(new GatlingRun.Result("no window", 1_000, 0, 66.7, 43, 137), Map.of(), Duration.ZERO);

		String table = report.render(SETTINGS);

		assertThat(table).contains("## CPU by process in the measured runs (ms per request)")
			.contains("| path | journal | postgres | gatling | mystery | total | cores |")
			.contains("| class batch (25 marks), gateway + JWT | 9.00 | 6.00 | 1.50 | 0.50 | 17.00 | 1.13 |")
			.doesNotContain("| no window |");
		assertThat(table).contains("### PostgreSQL's share by database (ms per request)")
			.contains("| path | journal | diary | background | total |")
			.contains("| class batch (25 marks), gateway + JWT | 4.00 | 1.50 | 0.50 | 6.00 |");
	}

	@Test
	void withoutSampledRunsThereIsNoCpuTable() {
		assertThat(new Report().render(SETTINGS)).doesNotContain("## CPU by process").doesNotContain("PostgreSQL's share");
	}

	@Test
	void aPathIsWarmWhenTwoWarmUpRunsInARowAgreeWithinATenth() {
		assertThat(PerfRun.steady(List.of(1_900.0))).isFalse();
		assertThat(PerfRun.steady(List.of(464.0, 580.0))).isFalse();
		assertThat(PerfRun.steady(List.of(464.0, 580.0, 1_941.0, 2_100.0))).isTrue();
		assertThat(PerfRun.steady(List.of(2_227.0, 2_010.0))).isTrue();
	}

	@Test
	void theWarmUpRatesOfEachPathAreKeptWithTheTable() {
		Report report = new Report();
		report.warmUps("bare, direct", List.of(1_951.0, 4_480.0, 6_862.0, 6_900.0));

		assertThat(report.render(SETTINGS)).contains("- warm-up of bare, direct, req/s per run: 1,951 → 4,480 → 6,862 → 6,900")
			.contains("counted after 15 s of uncounted requests in the same Gatling JVM, after warm-up runs of 10 s until two in a row"
				+ " agree within 10 % (at most 5");
	}

	@Test
	void p4IsMetWhenEveryProbeShowedWithinTwoHundredMillisecondsWhileAThousandMarksASecondWerePosted() {
		Report report = new Report();
		report.freshness(1_000, new FreshnessProbe.Figures(120, 0, Map.of(), 45, 180, 190), 1_040);

		assertThat(line(report.render(SETTINGS), "| P4")).contains("while class batches paced at 1040 marks/s are posted")
			.contains("p50 45 ms, p99 180 ms, max 190 ms (120 probes read every 10 ms, 0 not seen in 30 s)").endsWith("| yes |");
	}

	@Test
	void p4IsNotMetBelowAThousandMarksASecondNorWithAMarkNotSeenNorWithNoProbeAtAll() {
		assertThat(p4(new FreshnessProbe.Figures(120, 0, Map.of(), 45, 180, 190), 960)).endsWith("| **no** |");
		assertThat(p4(new FreshnessProbe.Figures(119, 1, Map.of(), 45, 180, 190), 1_040)).endsWith("| **no** |");
		assertThat(p4(new FreshnessProbe.Figures(118, 0, Map.of(503, 2), 45, 180, 190), 1_040)).contains("posts refused: 2 × 503")
			.endsWith("| **no** |");
		assertThat(p4(new FreshnessProbe.Figures(0, 0, Map.of(), 0, 0, 0), 1_040)).contains("(0 probes").endsWith("| **no** |");
	}

	@Test
	void p4SaysHowMuchOfTheDelayWasTheJournalsAnswerAndHowMuchCameAfterIt() {
		var parts = new FreshnessProbe.Parts(400, 900, 150, 1_300);

		assertThat(p4(new FreshnessProbe.Figures(40, 0, Map.of(), 600, 2_100, 2_200, parts), 1_050))
			.contains("p50 600 ms, p99 2100 ms, max 2200 ms (40 probes read every 10 ms, 0 not seen in 30 s; the POST's answer p50 400 ms, p99 900 ms;"
					+ " answer → visible p50 150 ms, p99 1300 ms)")
			.endsWith("| **no** |");
	}

	@Test
	void aRunBelowTheGoalsRateIsPrintedBesideP4WithoutAVerdict() {
		Report report = new Report();
		report.freshness(500, new FreshnessProbe.Figures(90, 0, Map.of(), 60, 140, 150), 520);
		report.freshness(1_000, new FreshnessProbe.Figures(3, 1, Map.of(), 9_000, 21_000, 21_000), 930);

		String table = report.render(SETTINGS);

		assertThat(line(table, "| P4 below")).contains("paced at 520 marks/s").contains("p99 140 ms").endsWith("| – |");
		assertThat(line(table, "| P4 mark")).contains("paced at 930 marks/s").endsWith("| **no** |");
	}

	private static String p4(FreshnessProbe.Figures figures, double marksPerSecond) {
		Report report = new Report();
		report.freshness(1_000, figures, marksPerSecond);
		return line(report.render(SETTINGS), "| P4");
	}

	private static String line(String table, String start) {
		return table.lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
	}

	private static Report figures(double week, double weekAtRegion, double mark, double markAtRegion) {
		Report report = new Report();
		report.add(new GatlingRun.Result("week view, gateway + JWT", 1000, 0, week, 5, 20));
		report.add(new GatlingRun.Result("single mark, gateway + JWT", 1000, 0, mark, 20, 60));
		report.region(REGION);
		report.add(new GatlingRun.Result("week view, gateway + JWT" + Report.AT_REGION_SCALE, 1000, 0, weekAtRegion, 6, 24));
		report.add(new GatlingRun.Result("single mark, gateway + JWT" + Report.AT_REGION_SCALE, 1000, 0, markAtRegion, 25, 70));
		return report;
	}

	private static String p5(String table) {
		return line(table, "| P5");
	}
}
