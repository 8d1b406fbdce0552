package org.ejd.diary.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.ejd.diary.DiaryApplication;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 10's freshness goal (p99 ≤ 200 ms from a mark's event to its being visible at 1,000 marks/s), measured: publishes
 * {@code journal.mark.posted} envelopes to the real Kafka broker at a target rate against a running diary context on the real
 * PostgreSQL, and prints the event → visible delay (p50/p90/p99/max) and the rates achieved. "Visible" is when a poll of
 * {@code diary_mark} (every {@value #POLL_MILLIS} ms, by primary key, for the marks not yet seen) first finds the row, so
 * each delay may be up to one poll too long; the {@code ejd.diary.event.visible} timer's view (commit of the listener,
 * warm-up included) is printed beside it. Asserts no timing, only that every mark became visible.
 * <p>
 * Not part of the normal suite (the name is no {@code *Test}/{@code *IT}); run with
 * {@code ./mvnw -B -ntp -pl diary-service -am test -Dtest=FreshnessBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (options: {@code -Dbench.rate=1000 -Dbench.seconds=20 -Dbench.students=600}). No Keycloak: nothing here calls the API.
 */
@Tag("bench")
@SpringBootTest(classes = DiaryApplication.class)
class FreshnessBenchmark {

	static final int RATE = Integer.getInteger("bench.rate", 1000);

	static final int SECONDS = Integer.getInteger("bench.seconds", 20);

	static final int STUDENTS = Integer.getInteger("bench.students", 600);

	static final int WARM_UP_SECONDS = 3;

	static final int POLL_MILLIS = 5;

	@DynamicPropertySource
	static void servers(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> RealServers.postgres().jdbcUrl("diary"));
		registry.add("spring.datasource.username", () -> RealServers.postgres().username());
		registry.add("spring.datasource.password", () -> RealServers.postgres().password());
		registry.add("spring.kafka.bootstrap-servers", () -> RealServers.kafka().bootstrapServers());
		registry.add("ejd.kafka.password", () -> RealServers.kafka().password("diary-service"));
		registry.add("ejd.security.issuer-uri", () -> "http://localhost:9/realms/ejd"); // never asked: no request carries a token
		registry.add("logging.level.org.apache.kafka", () -> "WARN");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	@Test
	void printsTheEventToVisibleDelayAtTheTargetRate() throws Exception {
		UUID school = UUID.randomUUID();
		List<UUID> students = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			students.add(UUID.randomUUID());
		}
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
			Run warmUp = run(producer, school, students, RATE, WARM_UP_SECONDS);
			warmUp.report("warm-up");
			Run run = run(producer, school, students, RATE, SECONDS);
			run.report("measured");
			assertThat(run.unseen()).as("every mark became visible").isZero();
			assertThat(warmUp.unseen()).isZero();
		}
		Timer timer = meters.find("ejd.diary.event.visible").timer();
		if (timer != null) {
			StringBuilder line = new StringBuilder();
			for (ValueAtPercentile p : timer.takeSnapshot().percentileValues()) {
				line.append(String.format(" p%.0f=%.0f ms", p.percentile() * 100, p.value(TimeUnit.MILLISECONDS)));
			}
			System.out.printf("BENCH timer ejd.diary.event.visible (warm-up included): %d events,%s, max=%.0f ms%n", timer.count(), line,
					timer.max(TimeUnit.MILLISECONDS));
		}
		System.out.printf("BENCH %d cores, goal: p99 <= 200 ms at 1,000 marks/s%n", Runtime.getRuntime().availableProcessors());
	}

	/** Sends {@code rate × seconds} marks paced at the rate while a poller notes when each becomes visible. */
	private Run run(KafkaProducer<String, String> producer, UUID school, List<UUID> students, int rate, int seconds)
			throws InterruptedException {
		int count = rate * seconds;
		UUID[] ids = new UUID[count];
		long[] sentAt = new long[count];
		long[] seenAt = new long[count];
		int[] sent = { 0 };
		Thread poller = Thread.ofPlatform().name("bench-poller").start(() -> poll(ids, sentAt, seenAt, sent, count));
		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		String today = LocalDate.now().toString();
		for (int i = 0; i < count; i++) {
			long due = start + i * interval;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			UUID id = UUID.randomUUID();
			UUID student = students.get(i % students.size());
			String envelope = Envelopes.envelope(id, "/ejd/journal-service", "journal.mark.posted", id.toString(), school, 1,
					mark(id, student, school, today));
			ids[i] = id;
			sentAt[i] = System.nanoTime();
			synchronized (sent) {
				sent[0] = i + 1;
			}
			producer.send(new ProducerRecord<>("journal.marks.v1", student.toString(), envelope));
		}
		producer.flush();
		double sendSeconds = (System.nanoTime() - start) / 1e9;
		poller.join(Duration.ofSeconds(180));
		poller.interrupt();
		return new Run(count, sendSeconds, start, sentAt, seenAt);
	}

	private void poll(UUID[] ids, long[] sentAt, long[] seenAt, int[] sent, int count) {
		int first = 0;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		while (first < count && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
			int upTo;
			synchronized (sent) {
				upTo = sent[0];
			}
			List<UUID> pending = new ArrayList<>();
			Map<UUID, Integer> index = new HashMap<>();
			for (int i = first; i < upTo && pending.size() < 2000; i++) {
				if (seenAt[i] == 0) {
					pending.add(ids[i]);
					index.put(ids[i], i);
				}
			}
			if (!pending.isEmpty()) {
				List<UUID> visible = jdbc.sql("select mark_id from diary_mark where mark_id in (:ids)").param("ids", pending)
					.query(UUID.class).list();
				long now = System.nanoTime();
				visible.forEach(id -> seenAt[index.get(id)] = now);
			}
			while (first < upTo && seenAt[first] != 0) {
				first++;
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS));
		}
	}

	private static Map<String, Object> mark(UUID id, UUID student, UUID school, String today) {
		Map<String, Object> data = new HashMap<>();
		data.put("markId", id);
		data.put("studentId", student);
		data.put("schoolId", school);
		data.put("classGroupId", school);
		data.put("subjectId", school);
		data.put("subjectName", "Математика");
		data.put("teacherId", school);
		data.put("value", "5");
		data.put("numericValue", 5);
		data.put("scale", "five-point");
		data.put("workType", "oral");
		data.put("weight", 1);
		data.put("workDate", today);
		data.put("enteredAt", Instant.now().toString());
		data.put("onTime", true);
		return data;
	}

	private static Properties producerProperties() {
		Properties properties = new Properties();
		properties.putAll(RealServers.kafka().superUserProperties()); // writes journal's topic, as no service but journal may
		properties.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealServers.kafka().bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(), ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.LINGER_MS_CONFIG, 1));
		return properties;
	}

	record Run(int count, double sendSeconds, long start, long[] sentAt, long[] seenAt) {

		long unseen() {
			return Arrays.stream(seenAt).filter(t -> t == 0).count();
		}

		void report(String what) {
			long[] delays = new long[count];
			long last = start;
			int n = 0;
			for (int i = 0; i < count; i++) {
				if (seenAt[i] != 0) {
					delays[n++] = seenAt[i] - sentAt[i];
					last = Math.max(last, seenAt[i]);
				}
			}
			long[] seen = Arrays.copyOf(delays, n);
			Arrays.sort(seen);
			System.out.printf("BENCH %-8s %6d marks sent in %5.2f s = %5.0f/s; visible %d in %5.2f s = %5.0f/s; "
					+ "event -> visible p50=%s p90=%s p99=%s max=%s ms%n", what, count, sendSeconds, count / sendSeconds, n,
					(last - start) / 1e9, n / ((last - start) / 1e9), ms(seen, 0.50), ms(seen, 0.90), ms(seen, 0.99),
					n == 0 ? "-" : Long.toString(seen[n - 1] / 1_000_000));
		}

		private static String ms(long[] sorted, double percentile) {
			if (sorted.length == 0) {
				return "-";
			}
			int index = (int) Math.ceil(percentile * sorted.length) - 1;
			return Long.toString(sorted[Math.max(0, index)] / 1_000_000);
		}
	}
}
