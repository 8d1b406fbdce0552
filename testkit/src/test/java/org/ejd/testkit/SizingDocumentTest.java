package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * docs/sizing.md's table is worked from docs/perf-results.md's figures by the rules below (the same the document
 * states): a new performance run or a changed rule that leaves the document behind fails here, and the message carries
 * the table to paste.
 */
class SizingDocumentTest {

	/** Who uses a deployment and how, stated in docs/sizing.md. */
	record Load(String name, long students) {

		long users() {
			return students * 3; // each student and two guardians
		}

		/** A day's marks (0.5 per student: the perf goal's region day), 30 % in the peak hour, twice the hour's mean in its peak minute. */
		double peakMarksPerSecond() {
			return students * 0.5 * 0.30 * 2 / 3600;
		}

		/** 20 % of the users open the diary in the evening's peak hour, 6 requests each, twice the hour's mean in its peak minute. */
		double peakReadsPerSecond() {
			return users() * 0.20 * 6 * 2 / 3600;
		}
	}

	/** What one unit (the measured 2-core box) takes, from the performance run. */
	record Capacity(double readsPerSecond, double marksPerSecond, double consumedMarksPerConsumer, double databaseWritesPerSecond) {
	}

	/** Each unit is planned at half of what it was measured to take. */
	static final double UTILISATION = 0.5;

	static final List<Load> LOADS = List.of(new Load("a region", 1_000_000), new Load("the country as one deployment", 18_000_000));

	@Test
	void theSizingTableIsTheOneWorkedFromThePerformanceFigures() throws IOException {
		Path docs = docsFolder();
		Capacity capacity = capacity(Files.readString(docs.resolve("perf-results.md")), diaryMarkConsumers(docs.getParent()));
		String expected = table(capacity);
		String document = Files.readString(docs.resolve("sizing.md"));
		Matcher section = Pattern.compile("<!-- sizing:begin -->\\n(.*?)<!-- sizing:end -->", Pattern.DOTALL).matcher(document);
		assertThat(section.find()).as("docs/sizing.md marks its table with <!-- sizing:begin --> and <!-- sizing:end -->").isTrue();
		assertThat(section.group(1)).as("docs/sizing.md's table, worked again from docs/perf-results.md").isEqualTo(expected);
	}

	@Test
	void moreStudentsNeverNeedFewerInstancesOrPartitions() {
		Capacity capacity = new Capacity(278, 1450, 411, 11448);
		Map<String, Long> region = sizing(new Load("r", 1_000_000), capacity);
		Map<String, Long> country = sizing(new Load("c", 18_000_000), capacity);
		region.forEach((row, value) -> assertThat(country.get(row)).as(row).isGreaterThanOrEqualTo(value));
		assertThat(region.get("journal.marks.v1 partitions") % 6).as("partitions come in sixes").isZero();
		assertThat(region.get("journal.marks.v1 partitions")).isGreaterThanOrEqualTo(region.get("diary-service instances"));
	}

	/**
	 * The figures the sizing uses, each from its row of the performance run; P4's posting rate is shared by the
	 * diary's consumers of the marks topic that the run started.
	 */
	static Capacity capacity(String results, int diaryMarkConsumers) {
		double reads = figure(results, "| week view, gateway + JWT (region scale) |", 2);
		double batches = figure(results, "| class batch (25 marks), gateway + JWT (region scale) |", 2);
		Matcher fresh = Pattern.compile("while (?:class batches paced at )?(\\d+) marks/s are posted").matcher(results);
		assertThat(fresh.find()).as("perf-results.md gives P4's posting rate").isTrue();
		double pgbench = figure(results, "| pgbench: mark + outbox transaction |", 2);
		return new Capacity(reads, batches * 25, Double.parseDouble(fresh.group(1)) / diaryMarkConsumers, pgbench);
	}

	/** The diary's default count of consumers of journal.marks.v1, the one the performance run starts it with. */
	static int diaryMarkConsumers(Path root) throws IOException {
		String listener = Files.readString(root.resolve("diary-service/src/main/java/org/ejd/diary/marks/JournalMarkEvents.java"));
		Matcher concurrency = Pattern.compile("\\$\\{ejd\\.diary\\.marks\\.consumers:(\\d+)}").matcher(listener);
		assertThat(concurrency.find()).as("JournalMarkEvents gives ejd.diary.marks.consumers a default").isTrue();
		return Integer.parseInt(concurrency.group(1));
	}

	static Map<String, Long> sizing(Load load, Capacity capacity) {
		double reads = load.peakReadsPerSecond();
		double marks = load.peakMarksPerSecond();
		long diary = Math.max(2, ceil(reads / (capacity.readsPerSecond() * UTILISATION)));
		long journal = Math.max(2, ceil(marks / (capacity.marksPerSecond() * UTILISATION)));
		long consumers = Math.max(2, ceil(marks / (capacity.consumedMarksPerConsumer() * UTILISATION)));
		Map<String, Long> rows = new LinkedHashMap<>();
		rows.put("students", load.students());
		rows.put("users (students and two guardians each)", load.users());
		rows.put("peak diary reads per second", Math.round(reads));
		rows.put("peak marks per second", Math.round(marks));
		rows.put("diary-service instances", diary);
		rows.put("journal-service instances", journal);
		rows.put("gateway instances", diary + journal);
		rows.put("diary mark consumers needed", consumers);
		rows.put("journal.marks.v1 partitions", 6 * ceil(Math.max(diary, consumers) / 6.0));
		rows.put("journal PostgreSQL primaries", Math.max(1, ceil(marks / (capacity.databaseWritesPerSecond() * UTILISATION))));
		return rows;
	}

	static String table(Capacity capacity) {
		List<Map<String, Long>> columns = new ArrayList<>();
		LOADS.forEach(load -> columns.add(sizing(load, capacity)));
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT,
				"Figures used: week view %.0f req/s, class batches %.0f marks/s, %.0f marks/s per diary consumer, pgbench %.0f tps.%n%n",
				capacity.readsPerSecond(), capacity.marksPerSecond(), capacity.consumedMarksPerConsumer(), capacity.databaseWritesPerSecond()));
		out.append("| |");
		LOADS.forEach(load -> out.append(' ').append(load.name()).append(" |"));
		out.append("\n|---|");
		LOADS.forEach(load -> out.append("---|"));
		out.append('\n');
		for (String row : columns.get(0).keySet()) {
			out.append("| ").append(row).append(" |");
			columns.forEach(column -> out.append(' ').append(String.format(Locale.ROOT, "%,d", column.get(row))).append(" |"));
			out.append('\n');
		}
		return out.toString();
	}

	private static double figure(String results, String rowStart, int column) {
		for (String line : results.lines().toList()) {
			if (line.startsWith(rowStart)) {
				String[] cells = line.split("\\|");
				return Double.parseDouble(cells[column + 1].trim().replace(",", ""));
			}
		}
		throw new AssertionError("docs/perf-results.md has no row " + rowStart);
	}

	private static long ceil(double value) {
		return (long) Math.ceil(value - 1e-9);
	}

	private static Path docsFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("docs/perf-results.md"))) {
				return dir.resolve("docs");
			}
		}
		throw new IllegalStateException("docs/perf-results.md not found above " + Path.of("").toAbsolutePath());
	}
}
