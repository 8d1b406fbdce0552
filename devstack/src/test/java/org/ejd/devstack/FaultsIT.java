package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults (issue 12, R1; ADR 0048): the whole stack forked (each service its own JVM) on loopback, PostgreSQL durable, and a
 * teacher posting marks through the gateway with a real token from a few threads at a steady pace while, in turn, the Kafka
 * broker, diary-service and PostgreSQL are killed with SIGKILL and started again on the same port and data. Afterwards the
 * journal and the diary hold exactly the acknowledged marks (by id; none doubled, none missing), every family that is told of
 * marks is told once per mark per channel, and what failed while PostgreSQL was down was a 503 problem whose retry with the
 * same Idempotency-Key made the mark once (or said that it was made and its answer lost: ADR 0075). Runs in the {@code faults} profile that {@code .ci/run} activates; prints its counts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

	/** Marks per fault, posters, and their steady pace together (marks per second). */
	static final int MARKS = 150;

	static final int POSTERS = 3;

	static final double PER_SECOND = 6;

	/** How long a killed server stays down before it is started again. */
	static final Duration DOWN = Duration.ofSeconds(6);

	static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	static Stack stack;

	static DemoData school;

	static ApiClient gateway;

	static Teacher teacher;

	@BeforeAll
	static void startTheStackWithADurableDatabase() {
		RealServers.durablePostgres();
		stack = Stack.start(Stack.Mode.FORKED, Path.of("target", "faults-logs"));
		gateway = new ApiClient(stack.gatewayUrl());
		school = DemoData.load(stack.gatewayUrl());
		teacher = new Teacher();
		toldOfMarks();
	}

	/**
	 * The demo families are told of nothing: no preferences, no contacts. The mother lets her son's data be processed, the
	 * school registers her email and mobile as given on paper, and she chooses marks at once in the app, by email and by
	 * SMS; the Petrovs stay as the demo has them (no marks told), so their marks must make no message at all.
	 */
	private static void toldOfMarks() {
		String mother = school.token("ivanova");
		String admin = school.token("admin");
		UUID motherId = school.people.get("ivanova");
		UUID son = school.people.get("ivanov");
		accepted(() -> gateway.post("/api/consent/persons/" + son + "/consents", mother, Map.of("decision", "given", "textVersion", "2026-1")));
		accepted(() -> gateway.post("/api/consent/persons/" + motherId + "/contacts/paper", admin,
				Map.of("channel", "email", "destination", "ivanova@example.ru")));
		accepted(() -> gateway.post("/api/consent/persons/" + motherId + "/contacts/paper", admin,
				Map.of("channel", "sms", "destination", "+7 912 345-67-89")));
		accepted(() -> gateway.send("PUT", "/api/consent/persons/" + motherId + "/students/" + son + "/preferences", mother,
				Map.of("kinds", Map.of("marks", Map.of("channels", List.of("app", "email", "sms"), "delivery", "immediate")), "language", "ru"),
				Map.of()));
		Eventually.until(() -> query("notification", "select (select count(*) from contact where person_id = '" + motherId + "')"
				+ " + (select count(*) from preference_kind where person_id = '" + motherId + "' and kind = 'marks')"
				+ " + (select count(*) from consent_state where person_id = '" + son + "' and processing_allowed)", rs -> rs.getInt(1)),
				counts -> counts.get(0) == 4, Duration.ofMinutes(2));
	}

	private static void accepted(java.util.function.Supplier<Response> call) {
		Response response = Eventually.until(call, r -> r.status() / 100 == 2, Duration.ofSeconds(60));
		assertThat(response.status() / 100).as(response.toString()).isEqualTo(2);
	}

	@AfterAll
	static void stopTheStack() {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	@Order(0)
	void postgresRunsDurableForThisSuite() {
		assertThat(query("postgres", "show fsync", rs -> rs.getString(1))).containsExactly("on");
		assertThat(query("postgres", "show synchronous_commit", rs -> rs.getString(1))).containsExactly("on");
	}

	@Test
	@Order(1)
	void killingTheKafkaBrokerLosesNoMarkAndDoublesNone() {
		Round round = post("kafka", () -> RealServers.kafka().kill(), () -> RealServers.kafka().restart());
		round.assertEveryAttemptAcknowledgedOnce();
		round.assertDiaryAndNotificationsHoldExactlyTheAcknowledgedMarks();
	}

	@Test
	@Order(2)
	void killingDiaryServiceLosesNoMarkAndDoublesNone() {
		Round round = post("diary", () -> stack.kill("diary-service"), () -> stack.restart("diary-service"));
		round.assertEveryAttemptAcknowledgedOnce();
		round.assertDiaryAndNotificationsHoldExactlyTheAcknowledgedMarks();
	}

	@Test
	@Order(3)
	void killingPostgresRefusesWith503AndARetryWithTheSameKeyMakesTheMarkOnce() {
		Round round = post("postgres", () -> RealServers.postgres().kill(), () -> RealServers.postgres().restart());
		assertThat(round.refused.keySet()).as("what failed while PostgreSQL was down").allMatch(status -> status == 503);
		assertThat(round.notProblems).as("every refusal a problem+json").isEmpty();
		round.assertEveryAttemptAcknowledgedOnce();
		round.assertDiaryAndNotificationsHoldExactlyTheAcknowledgedMarks();
	}

	/** Posts {@link #MARKS} marks; a quarter of the way in, kills, waits {@link #DOWN}, restarts; retries what failed with its key. */
	private static Round post(String fault, Runnable kill, Runnable restart) {
		Round round = new Round(fault);
		AtomicInteger next = new AtomicInteger();
		ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
		List<Future<?>> running = new ArrayList<>();
		long pause = (long) (1000 * POSTERS / PER_SECOND);
		for (int p = 0; p < POSTERS; p++) {
			running.add(posters.submit(() -> {
				for (int n = next.getAndIncrement(); n < MARKS; n = next.getAndIncrement()) {
					long started = System.nanoTime();
					round.attempt(n);
					long left = pause - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
					if (left > 0) {
						sleep(Duration.ofMillis(left));
					}
				}
			}));
		}
		Eventually.until(next::get, n -> n >= MARKS / 4, Duration.ofMinutes(2));
		long killed = System.nanoTime();
		kill.run();
		sleep(DOWN);
		restart.run();
		round.downFor = Duration.ofNanos(System.nanoTime() - killed);
		for (Future<?> poster : running) {
			try {
				poster.get(10, TimeUnit.MINUTES);
			}
			catch (Exception ex) {
				throw new AssertionError("a poster failed", ex);
			}
		}
		posters.shutdown();
		round.retryWhatFailed();
		return round;
	}

	/** One fault's marks: what was posted, acknowledged, refused; then what the journal, the diary and notifications hold. */
	static final class Round {

		final String fault;

		/** Per attempt (its comment names it), the request and its key. */
		final Map<String, Attempt> attempts = new ConcurrentHashMap<>();

		/** Per comment, the mark id a 2xx answered (first answer or the retry). */
		final Map<String, UUID> acknowledged = new ConcurrentHashMap<>();

		final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();

		final Queue<String> notProblems = new ConcurrentLinkedQueue<>();

		final Queue<Attempt> failed = new ConcurrentLinkedQueue<>();

		final AtomicInteger noAnswer = new AtomicInteger();

		final List<String> retryRefused = new ArrayList<>();

		/** Retries told that their first attempt was made and its answer lost (409 problem.idempotency.answer-lost). */
		final List<String> answerLost = new ArrayList<>();

		int acknowledgedAtOnce;

		int retriedAcknowledged;

		Duration downFor = Duration.ZERO;

		Round(String fault) {
			this.fault = fault;
		}

		String tag() {
			return "сбой " + fault + " " + RUN;
		}

		void attempt(int n) {
			String comment = tag() + " №" + n;
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("studentId", school.people.get(n % 2 == 0 ? "ivanov" : "petrova"));
			body.put("classGroupId", school.classGroupId);
			body.put("subjectId", new ArrayList<>(school.subjects.values()).get(n % school.subjects.size()));
			body.put("value", Integer.toString(2 + n % 4));
			body.put("workType", "oral");
			body.put("workDate", school.today());
			body.put("comment", comment);
			Attempt attempt = new Attempt(comment, UUID.randomUUID().toString(), body);
			attempts.put(comment, attempt);
			Response response = send(attempt);
			if (response != null && response.status() / 100 == 2) {
				acknowledged.put(comment, UUID.fromString(response.json().get("id").asString()));
				return;
			}
			if (response == null) {
				noAnswer.incrementAndGet();
			}
			else {
				refused.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
				if (!response.isProblem() || response.json().path("detail").asString("").isBlank()) {
					notProblems.add(response.toString());
				}
			}
			failed.add(attempt);
		}

		/** The same request with the same key, once every server is back: made once, or answered as it was made. */
		void retryWhatFailed() {
			acknowledgedAtOnce = acknowledged.size();
			for (Attempt attempt : failed) {
				Response retried = settled(() -> send(attempt), r -> r != null && (r.status() / 100 == 2 || answerLost(r)),
						Duration.ofSeconds(90));
				if (retried != null && retried.status() / 100 == 2) {
					acknowledged.put(attempt.comment(), UUID.fromString(retried.json().get("id").asString()));
				}
				else if (retried != null && answerLost(retried)) {
					// made, and its answer lost with the database (ADR 0075): the journal's one mark of that comment is it
					List<UUID> made = marksByComment("journal", "select comment, id from mark where comment like ?")
						.getOrDefault(attempt.comment(), List.of());
					answerLost.add(attempt.comment());
					if (made.size() == 1) {
						acknowledged.put(attempt.comment(), made.get(0));
					}
					else {
						retryRefused.add(attempt.comment() + ": answer lost, made " + made.size() + " times");
					}
				}
				else {
					retryRefused.add(String.valueOf(retried));
				}
			}
			retriedAcknowledged = acknowledged.size() - acknowledgedAtOnce;
			System.out.printf("FAULT %s (SIGKILL, back after %d ms): posted %d, acknowledged %d at once + %d on retry with the same key "
					+ "(of which made before, answer lost: %d), refused %s (not problem+json: %d), no answer %d, retries still refused %d %s%n",
					fault, downFor.toMillis(), attempts.size(), acknowledgedAtOnce, retriedAcknowledged, answerLost.size(), refused,
					notProblems.size(), noAnswer.get(), retryRefused.size(), retryRefused.stream().limit(3).toList());
		}

		static boolean answerLost(Response response) {
			return response.status() == 409 && response.isProblem()
					&& "problem.idempotency.answer-lost".equals(response.json().path("code").asString(""));
		}

		static Response send(Attempt attempt) {
			try {
				return gateway.send("POST", "/api/journal/marks", teacher.token(), attempt.body(), Map.of("Idempotency-Key", attempt.key()));
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				return null; // no answer (connection cut, timed out): not acknowledged
			}
		}

		void assertEveryAttemptAcknowledgedOnce() {
			assertThat(attempts).hasSize(MARKS);
			assertThat(retryRefused).as(fault + ": retries with the same key after recovery not acknowledged").isEmpty();
			assertThat(acknowledged.keySet()).as(fault + ": every mark acknowledged, at once or on its retry").isEqualTo(attempts.keySet());
			Map<String, List<UUID>> journal = marksByComment("journal", "select comment, id from mark where comment like ?");
			assertThat(duplicates(journal)).as(fault + ": marks the journal holds twice").isEmpty();
			assertThat(ids(journal)).as(fault + ": the journal holds exactly the acknowledged marks").isEqualTo(Set.copyOf(acknowledged.values()));
		}

		void assertDiaryAndNotificationsHoldExactlyTheAcknowledgedMarks() {
			Set<UUID> expected = Set.copyOf(acknowledged.values());
			Map<String, List<UUID>> diary = settled(
					() -> marksByComment("diary", "select comment, mark_id from diary_mark where comment like ?"),
					found -> ids(found).containsAll(expected), Duration.ofMinutes(3));
			// told once per mark, recipient and channel: every decision is a row, suppressed ones with their rule; only the
			// mother chose marks (the son's marks, the even ones); the Petrovs' preferences have none: their marks make no row
			Set<UUID> toldOf = new HashSet<>();
			Set<UUID> notToldOf = new HashSet<>();
			attempts.forEach((comment, attempt) -> (school.people.get("ivanov").equals(attempt.body().get("studentId")) ? toldOf : notToldOf)
				.add(acknowledged.get(comment)));
			Set<UUID> all = new HashSet<>(expected);
			List<Map<String, Object>> told = settled(() -> messages(all),
					rows -> rows.stream().filter(r -> "app".equals(r.get("channel"))).map(r -> r.get("source_id")).collect(
							java.util.stream.Collectors.toSet()).containsAll(toldOf)
							&& rows.stream().noneMatch(r -> "QUEUED".equals(r.get("status"))),
					Duration.ofMinutes(3));
			Map<String, Integer> perChannel = new TreeMap<>();
			Map<List<Object>, Integer> perMarkRecipientChannel = new HashMap<>();
			for (Map<String, Object> row : told) {
				perChannel.merge(row.get("channel") + " " + row.get("status") + (row.get("rule") == null ? "" : " (" + row.get("rule") + ")"),
						1, Integer::sum);
				perMarkRecipientChannel.merge(List.of(row.get("source_id"), row.get("recipient_id"), row.get("channel")), 1, Integer::sum);
			}
			Map<String, Integer> mails = sentMails();
			Map<String, Integer> sms = sentSms();
			System.out.printf("""
					FAULT %s: journal %d, in diary %d, duplicates journal %d diary %d; notification decisions %s, doubled %d; \
					mails sent %d (doubled %d), SMS sent %d (doubled %d)%n""", fault,
					ids(marksByComment("journal", "select comment, id from mark where comment like ?")).size(), ids(diary).size(),
					duplicates(marksByComment("journal", "select comment, id from mark where comment like ?")).size(),
					duplicates(diary).size(), perChannel, perMarkRecipientChannel.values().stream().filter(c -> c > 1).count(),
					mails.size(), mails.values().stream().filter(c -> c > 1).count(), sms.size(), sms.values().stream().filter(c -> c > 1).count());
			assertThat(duplicates(diary)).as(fault + ": marks the diary holds twice").isEmpty();
			assertThat(ids(diary)).as(fault + ": the diary holds exactly the acknowledged marks").isEqualTo(expected);
			assertThat(perMarkRecipientChannel.values()).as(fault + ": one decision per mark, recipient and channel").allMatch(c -> c == 1);
			assertThat(perMarkRecipientChannel).as(fault + ": the son's marks, each on app, email and SMS to his mother")
				.hasSize(3 * toldOf.size());
			assertThat(told).as(fault + ": the Petrovs chose no marks").noneMatch(r -> notToldOf.contains(r.get("source_id")));
			assertThat(mails.values()).as(fault + ": one mail per mark").allMatch(c -> c == 1);
			assertThat(sms.values()).as(fault + ": no SMS twice").allMatch(c -> c == 1);
			long mailsDecided = told.stream().filter(r -> "email".equals(r.get("channel"))
					&& List.of("SENT", "DELIVERED").contains(r.get("status"))).count();
			assertThat(mails.values().stream().mapToInt(Integer::intValue).sum()).as(fault + ": mails sent as decided").isEqualTo((int) mailsDecided);
		}

		private List<Map<String, Object>> messages(Set<UUID> marks) {
			List<Map<String, Object>> rows = new ArrayList<>();
			try (Connection connection = connect("notification"); PreparedStatement statement = connection.prepareStatement(
					"select source_id, recipient_id, channel, status, rule from message where source_id = any(?)")) {
				statement.setArray(1, connection.createArrayOf("uuid", marks.toArray()));
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						Map<String, Object> row = new HashMap<>();
						row.put("source_id", rs.getObject(1, UUID.class));
						row.put("recipient_id", rs.getObject(2, UUID.class));
						row.put("channel", rs.getString(3));
						row.put("status", rs.getString(4));
						row.put("rule", rs.getString(5));
						rows.add(row);
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return rows;
		}

		private Map<String, List<UUID>> marksByComment(String database, String sql) {
			Map<String, List<UUID>> found = new HashMap<>();
			try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
				statement.setString(1, tag() + " №%");
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						found.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return found;
		}

		/** Per mark (its comment), the mails caught by the SMTP server that tell of it. */
		private Map<String, Integer> sentMails() {
			Map<String, Integer> perMark = new HashMap<>();
			for (MimeMessage mail : RealServers.smtp().received()) {
				String text;
				try {
					text = SentMessages.text(mail);
				}
				catch (Exception ex) {
					continue;
				}
				for (String comment : commentsIn(text)) {
					perMark.merge(comment, 1, Integer::sum);
				}
			}
			return perMark;
		}

		private Map<String, Integer> sentSms() {
			Map<String, Integer> perMark = new HashMap<>();
			for (SmppServer.Submitted part : RealServers.smpp().received()) {
				for (String comment : commentsIn(part.text())) {
					perMark.merge(comment, 1, Integer::sum);
				}
			}
			return perMark;
		}

		private Set<String> commentsIn(String text) {
			Set<String> found = new HashSet<>();
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(tag() + " №") + "\\d+").matcher(text);
			while (matcher.find()) {
				found.add(matcher.group());
			}
			return found;
		}
	}

	record Attempt(String comment, String key, Map<String, Object> body) {
	}

	/** The teacher's token, fetched again before it expires (the rounds take minutes). */
	static final class Teacher {

		private String token;

		private long fetched;

		synchronized String token() {
			if (token == null || System.nanoTime() - fetched > TimeUnit.SECONDS.toNanos(60)) {
				token = school.token("teacher");
				fetched = System.nanoTime();
			}
			return token;
		}
	}

	/** Waits until done or the timeout, and returns the last result either way: the counts are printed before the assertions. */
	private static <T> T settled(java.util.function.Supplier<T> call, java.util.function.Predicate<? super T> done, Duration timeout) {
		try {
			return Eventually.until(call, done, timeout);
		}
		catch (AssertionError notReached) {
			return call.get();
		}
	}

	private static Set<UUID> ids(Map<String, List<UUID>> byComment) {
		Set<UUID> ids = new HashSet<>();
		byComment.values().forEach(ids::addAll);
		return ids;
	}

	private static Map<String, List<UUID>> duplicates(Map<String, List<UUID>> byComment) {
		Map<String, List<UUID>> doubled = new TreeMap<>();
		byComment.forEach((comment, ids) -> {
			if (ids.size() > 1) {
				doubled.put(comment, ids);
			}
		});
		return doubled;
	}

	interface Row<T> {
		T read(ResultSet rs) throws SQLException;
	}

	static <T> List<T> query(String database, String sql, Row<T> row) {
		List<T> rows = new ArrayList<>();
		try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql);
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				rows.add(row.read(rs));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	private static Connection connect(String database) throws SQLException {
		return DriverManager.getConnection(RealServers.postgres().jdbcUrl(database), RealServers.postgres().username(),
				RealServers.postgres().password());
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
