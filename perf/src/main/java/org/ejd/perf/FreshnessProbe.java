package org.ejd.perf;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.testkit.ApiClient;

/**
 * Mark → visible in the guardian's diary, as the family sees it (P4): while a simulation loads the stack, a teacher
 * posts a mark for one probe student every {@code interval} through the gateway, and the probe reads that student's
 * marks (as the guardian, straight from diary-service) until the mark is there. Measured from just before the POST is
 * sent to the first read that shows it, so it includes the journal's commit, the outbox, Kafka and the diary's consumer;
 * the figures also split each delay at the journal's answer to the POST ({@link Parts}), to say which side is slow.
 * <p>
 * The read is one page of the student's marks for the work date (at most 500, ordered by subject and entry time), so
 * the probe must be the only writer of that date: a date no simulation posts on, and posts only while it counts
 * ({@link #restart}). On the simulations' date the student had thousands of marks by the batch runs, and a new mark was
 * past the first page: "not seen in 30 s" (ADR 0082). The probe takes its students in turn, so that each one's page
 * stays short through a measured minute (a few hundred probes): the reads cost what a family's read costs.
 * <p>
 * The reads are {@link #READ_EVERY} apart. Each costs the box about 2 ms of CPU (the diary 1.6 ms, PostgreSQL 0.3 ms,
 * with its audit row); read every 2 ms, as before session 23, the probe alone took about a fifth of the two cores while
 * it waited, on the box whose saturation P4 measures. A delay is therefore counted up to one pause and one read late,
 * never early.
 */
final class FreshnessProbe implements AutoCloseable {

	/** The pause between two of the probe's reads of the guardian's marks. */
	static final Duration READ_EVERY = Duration.ofMillis(10);

	private final List<Long> delaysMillis = Collections.synchronizedList(new ArrayList<>());

	/** Of each counted delay, the part until the journal answered the POST: the teacher's own wait. */
	private final List<Long> answersMillis = new ArrayList<>();

	/** And the part from that answer until the guardian's read showed the mark: the outbox, Kafka and the diary. */
	private final List<Long> afterAnswersMillis = new ArrayList<>();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final Thread thread;

	/** Marks posted (201) that the diary did not show within 30 s. */
	private final AtomicInteger missing = new AtomicInteger();

	/** Posts the journal did not accept, by their status: a refusal under load, not a late mark. */
	private final Map<Integer, Integer> refused = new java.util.TreeMap<>();

	/** Probes posted before this {@link System#nanoTime()} are not counted (see {@link #restart(Duration, Duration)}). */
	private volatile long countFrom = System.nanoTime();

	/** Nor those posted from this {@link System#nanoTime()} on. */
	private volatile long countUntil = Long.MAX_VALUE;

	/** Whether {@link #restart} was called: until then nothing counts, so nothing is posted. */
	private volatile boolean armed;

	/** The teacher's and the guardians' tokens, given by {@link #restart} (they live five minutes). */
	private volatile Tokens tokens = new Tokens("", List.of());

	/** A probe student and their guardian's token. */
	record Guardian(UUID studentId, String token) {
	}

	private record Tokens(String teacher, List<Guardian> guardians) {
	}

	FreshnessProbe(ApiClient gateway, ApiClient diary, PerfData.ClassGroup group, UUID subject, LocalDate workDate,
			Duration interval) {
		this.thread = Thread.ofPlatform().name("freshness-probe").start(() -> {
			long round = 0;
			while (running.get()) {
				long start = System.nanoTime();
				if (!counts(start)) {
					// outside the counted part nothing is posted: the probe's own marks stay few (see the class comment)
					sleep(interval);
					continue;
				}
				Tokens given = tokens;
				Guardian guardian = given.guardians().get((int) (round++ % given.guardians().size()));
				UUID student = guardian.studentId();
				var posted = gateway.post("/api/journal/marks", given.teacher(), Map.of("studentId", student, "classGroupId",
						group.id(), "subjectId", subject, "value", "4", "workType", "oral", "workDate", workDate));
				if (posted.status() != 201) {
					synchronized (delaysMillis) {
						if (counts(start)) {
							refused.merge(posted.status(), 1, Integer::sum);
						}
					}
					sleep(interval);
					continue;
				}
				long answered = System.nanoTime();
				String id = posted.json().get("id").asString();
				long deadline = start + Duration.ofSeconds(30).toNanos();
				boolean seen = false;
				while (System.nanoTime() < deadline) {
					var marks = diary.get("/api/diary/students/" + student + "/marks?from=" + workDate + "&to=" + workDate,
							guardian.token());
					if (marks.status() == 200 && marks.body().contains(id)) {
						seen = true;
						break;
					}
					sleep(READ_EVERY);
				}
				synchronized (delaysMillis) {
					if (counts(start) && seen) {
						long now = System.nanoTime();
						delaysMillis.add((now - start) / 1_000_000);
						answersMillis.add((answered - start) / 1_000_000);
						afterAnswersMillis.add((now - answered) / 1_000_000);
					}
					else if (counts(start)) {
						missing.incrementAndGet();
					}
				}
				sleep(interval);
			}
		});
	}

	/** Whether a probe posted at {@code start} counts: within the counted part, and not forgotten by a restart since. */
	private boolean counts(long start) {
		return armed && start - countFrom >= 0 && (countUntil == Long.MAX_VALUE || start - countUntil < 0);
	}

	/**
	 * @param notSeen marks the journal accepted that the diary did not show within 30 s
	 * @param refused posts the journal answered with another status than 201, by status
	 */
	record Figures(int marks, int notSeen, Map<Integer, Integer> refused, long p50Millis, long p99Millis, long maxMillis,
			Parts parts) {

		Figures(int marks, int notSeen, Map<Integer, Integer> refused, long p50Millis, long p99Millis, long maxMillis) {
			this(marks, notSeen, refused, p50Millis, p99Millis, maxMillis, Parts.NONE);
		}

		int refusedCount() {
			return refused.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	/**
	 * Where a delay went, each part's percentiles taken on its own: the journal's answer to the POST (under load mostly
	 * the wait for a core, in the gateway and the journal) and the rest, from that answer to the diary showing the mark.
	 */
	record Parts(long answerP50Millis, long answerP99Millis, long afterAnswerP50Millis, long afterAnswerP99Millis) {

		static final Parts NONE = new Parts(-1, -1, -1, -1);
	}

	/**
	 * Forgets what was probed so far and counts only the probes posted from {@code after} on, for {@code counted}: a
	 * Gatling JVM's first seconds are uncounted requests (ADR 0079), so the measured run's probes are those posted
	 * while its counted ones are. A probe still waiting at the end is counted when it is seen or given up on.
	 * @param teacherToken fresh: the tokens are taken just before the measured run, which may start minutes after the
	 *        probe was made (the warm-ups)
	 * @param guardians the probe's students, taken in turn, each with their guardian's fresh token
	 */
	void restart(Duration after, Duration counted, String teacherToken, List<Guardian> guardians) {
		if (guardians.isEmpty()) {
			throw new IllegalArgumentException("the probe needs a student");
		}
		synchronized (delaysMillis) {
			tokens = new Tokens(teacherToken, List.copyOf(guardians));
			delaysMillis.clear();
			answersMillis.clear();
			afterAnswersMillis.clear();
			missing.set(0);
			refused.clear();
			countFrom = System.nanoTime() + after.toNanos();
			countUntil = countFrom + counted.toNanos();
			armed = true;
		}
	}

	Figures figures() {
		List<Long> sorted;
		List<Long> answers;
		List<Long> afterAnswers;
		Map<Integer, Integer> refusals;
		synchronized (delaysMillis) {
			sorted = new ArrayList<>(delaysMillis);
			answers = new ArrayList<>(answersMillis);
			afterAnswers = new ArrayList<>(afterAnswersMillis);
			refusals = Map.copyOf(refused);
		}
		Collections.sort(sorted);
		Collections.sort(answers);
		Collections.sort(afterAnswers);
		if (sorted.isEmpty()) {
			return new Figures(0, missing.get(), new java.util.TreeMap<>(refusals), 0, 0, 0);
		}
		return new Figures(sorted.size(), missing.get(), new java.util.TreeMap<>(refusals), percentile(sorted, 0.5),
				percentile(sorted, 0.99), sorted.getLast(), new Parts(percentile(answers, 0.5), percentile(answers, 0.99),
						percentile(afterAnswers, 0.5), percentile(afterAnswers, 0.99)));
	}

	private static long percentile(List<Long> sorted, double p) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
	}

	@Override
	public void close() {
		running.set(false);
		try {
			thread.join(Duration.ofSeconds(40));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
