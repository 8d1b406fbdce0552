package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Envelopes;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** I1: webhooks to a real HTTP receiver (the JDK's server on a free port), signed, retried, disabled, pinged. */
class DiaryWebhooksIT extends DiaryIT {

	final UUID school = UUID.randomUUID();

	final UUID student = UUID.randomUUID();

	final UUID guardian = UUID.randomUUID();

	final Receiver receiver = new Receiver();

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void receive() throws IOException {
		receiver.start();
	}

	@AfterEach
	void stopReceiving() {
		receiver.stop();
	}

	@Test
	void aSubscribedAppGetsASignedPingAndASignedNoticeOfNewMarksAndReadsBothInItsLog() throws Exception {
		family();
		String mother = token("guardian", guardian, school);
		Response created = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("marks")));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("subscription").get("id").asString();
		String secret = created.json().get("secret").asString();
		assertThat(secret).startsWith("whsec_");

		Response ping = api().post("/api/diary/webhooks/" + id + "/ping", mother, null);
		assertThat(ping.status()).isEqualTo(200);
		assertThat(ping.json().get("status").asString()).isEqualTo("delivered");
		assertThat(ping.json().get("lastStatus").asInt()).isEqualTo(200);
		Received pinged = receiver.requests.getFirst();
		assertThat(new ObjectMapper().readTree(pinged.body()).get("type").asString()).isEqualTo("diary.webhook.ping");
		assertThat(verifies(pinged, secret)).isTrue();
		assertThat(verifies(pinged, "whsec_someone-else")).isFalse();

		UUID mark = UUID.randomUUID();
		send("journal.marks.v1", student.toString(), Envelopes.envelope("/ejd/journal-service", "journal.mark.posted",
				mark.toString(), school, 1, markData(mark, student, school, "5")));
		Received notice = Eventually.until(() -> receiver.requests.stream().filter(r -> r.body().contains("diary.changes"))
			.findFirst().orElse(null), r -> r != null, Duration.ofSeconds(30));
		JsonNode body = new ObjectMapper().readTree(notice.body());
		assertThat(body.get("changes").get("marks").asInt()).isEqualTo(1);
		assertThat(body.get("feeds").get(0).asString()).isEqualTo("/api/diary/changes/marks");
		assertThat(body.toString()).as("a notice carries no personal data").doesNotContain(student.toString());
		assertThat(verifies(notice, secret)).isTrue();

		Response log = Eventually.until(() -> api().get("/api/diary/webhooks/" + id + "/deliveries", mother),
				r -> r.status() == 200 && r.json().get("items").size() == 2
						&& r.json().get("items").get(0).get("status").asString().equals("delivered"),
				Duration.ofSeconds(10));
		assertThat(log.json().get("items").get(0).get("kind").asString()).isEqualTo("changes");
		assertThat(log.json().get("items").get(1).get("kind").asString()).isEqualTo("ping");
	}

	@Test
	void aDeliveryAnsweredWith500IsRetriedWithTheSameIdUntilTheReceiverTakesIt() {
		receiver.answers.add(500);
		String mother = token("guardian", guardian, school);
		family();
		String id = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("marks", "roster")))
			.json().get("subscription").get("id").asString();

		Response ping = api().post("/api/diary/webhooks/" + id + "/ping", mother, null);
		assertThat(ping.json().get("status").asString()).isEqualTo("pending");
		assertThat(ping.json().get("lastStatus").asInt()).isEqualTo(500);
		assertThat(ping.json().get("nextAttemptAt").isNull()).isFalse();
		Eventually.until(() -> receiver.requests.size(), n -> n >= 2, Duration.ofSeconds(30));
		assertThat(receiver.requests.get(1).deliveryId()).isEqualTo(receiver.requests.get(0).deliveryId());
		Response log = Eventually.until(() -> api().get("/api/diary/webhooks/" + id + "/deliveries", mother),
				r -> r.json().get("items").get(0).get("status").asString().equals("delivered"), Duration.ofSeconds(10));
		assertThat(log.json().get("items").get(0).get("attempts").asInt()).isEqualTo(2);
		assertThat(api().get("/api/diary/webhooks/" + id, mother).json().get("consecutiveFailures").asInt()).isZero();
	}

	@Test
	void aReceiverThatKeepsFailingGetsItsSubscriptionDisabledUntilTheAppResumesIt() {
		for (int i = 0; i < 3; i++) {
			receiver.answers.add(503);
		}
		String mother = token("guardian", guardian, school);
		family();
		String id = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("grades")))
			.json().get("subscription").get("id").asString();
		api().post("/api/diary/webhooks/" + id + "/ping", mother, null);

		Response disabled = Eventually.until(() -> api().get("/api/diary/webhooks/" + id, mother),
				r -> r.json().get("status").asString().equals("disabled"), Duration.ofSeconds(30));
		assertThat(disabled.json().get("consecutiveFailures").asInt()).isEqualTo(3);
		assertThat(disabled.json().get("disabledAt").isNull()).isFalse();
		Response log = api().get("/api/diary/webhooks/" + id + "/deliveries", mother);
		assertThat(log.json().get("items").get(0).get("status").asString()).isEqualTo("pending");
		assertThat(log.json().get("items").get(0).get("attempts").asInt()).isEqualTo(3);
		assertThat(log.json().get("items").get(0).get("lastError").asString()).isEqualTo("HTTP 503");

		Response resumed = api().post("/api/diary/webhooks/" + id + "/resume", mother, null);
		assertThat(resumed.json().get("status").asString()).isEqualTo("active");
		Eventually.until(() -> api().get("/api/diary/webhooks/" + id + "/deliveries", mother),
				r -> r.json().get("items").get(0).get("status").asString().equals("delivered"), Duration.ofSeconds(30));
		assertThat(api().post("/api/diary/webhooks/" + id + "/resume", mother, null).status()).isEqualTo(409);
	}

	@Test
	void badAddressesAndFeedsAreRefusedAndNobodyElseSeesTheSubscription() {
		String mother = token("guardian", guardian, school);
		family();
		for (Object url : new Object[] { "ftp://127.0.0.1/hook", "https://user:pw@example.org/h", "nonsense" }) {
			Response refused = api().post("/api/diary/webhooks", mother, Map.of("url", url, "families", List.of("marks")));
			assertThat(refused.status()).as(url.toString()).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		// the SSRF guard (ADR 0041): no plain http outside loopback, nothing inside (the tests allow loopback only)
		for (Object url : new Object[] { "http://93.184.216.34/hook", "https://169.254.169.254/latest/meta-data",
				"https://10.0.0.1/hook", "https://[fd00::1]/hook", "https://224.0.0.1/hook" }) {
			Response refused = api().post("/api/diary/webhooks", mother, Map.of("url", url, "families", List.of("marks")));
			assertThat(refused.status()).as(url.toString()).isEqualTo(422);
			assertThat(refused.isProblem()).isTrue();
		}
		Response metadata = api().post("/api/diary/webhooks", mother,
				Map.of("url", "https://169.254.169.254/latest/meta-data", "families", List.of("marks")));
		assertThat(metadata.json().get("detail").asString()).contains("ведёт во внутреннюю сеть");
		assertThat(api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of())).status())
			.isEqualTo(400);
		Response unknownFeed = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("salaries")));
		assertThat(unknownFeed.status()).isEqualTo(400);
		assertThat(unknownFeed.json().get("detail").asString()).contains("marks, attendance");
		Response teacher = api().post("/api/diary/webhooks", token("teacher", UUID.randomUUID(), school),
				Map.of("url", receiver.url(), "families", List.of("marks")));
		assertThat(teacher.status()).isEqualTo(403);

		String id = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("marks")))
			.json().get("subscription").get("id").asString();
		String stranger = token("guardian", UUID.randomUUID(), school);
		assertThat(api().get("/api/diary/webhooks/" + id, stranger).status()).isEqualTo(404);
		assertThat(api().get("/api/diary/webhooks/" + id + "/deliveries", stranger).status()).isEqualTo(404);
		assertThat(api().post("/api/diary/webhooks/" + id + "/ping", stranger, null).status()).isEqualTo(404);
		assertThat(api().delete("/api/diary/webhooks/" + id, stranger).status()).isEqualTo(404);
		assertThat(receiver.requests).isEmpty();
		assertThat(api().delete("/api/diary/webhooks/" + id, mother).status()).isEqualTo(204);
		assertThat(api().get("/api/diary/webhooks/" + id, mother).status()).isEqualTo(404);
	}

	@Test
	void aSubscriptionWhoseAddressNowLeadsInsideIsNotDeliveredToAndTheLogSaysWhy() {
		String mother = token("guardian", guardian, school);
		family();
		String id = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("marks")))
			.json().get("subscription").get("id").asString();
		// what DNS rebinding does to a registered name: it now resolves to the cloud's metadata address
		jdbc.sql("update webhook_subscription set url = 'https://169.254.169.254/latest/meta-data' where id = ?::uuid").param(id)
			.update();

		Response ping = api().post("/api/diary/webhooks/" + id + "/ping", mother, null);
		assertThat(ping.status()).isEqualTo(200);
		assertThat(ping.json().get("status").asString()).isEqualTo("pending");
		assertThat(ping.json().get("lastStatus").isNull()).as("no connection was made").isTrue();
		assertThat(ping.json().get("lastError").asString()).isEqualTo("address refused (diary.webhooks.private-address)");
		assertThat(receiver.requests).isEmpty();
	}

	@Test
	void changesOnBothSidesOfATransactionIdGainingADigitAreAnnouncedOnceAndThePositionMovesPastBoth() {
		String mother = token("guardian", guardian, school);
		family();
		Eventually.until(() -> api().get("/api/diary/me/students", mother), r -> r.status() == 200 && r.json().size() == 1,
				Duration.ofSeconds(30));
		String id = api().post("/api/diary/webhooks", mother, Map.of("url", receiver.url(), "families", List.of("marks")))
			.json().get("subscription").get("id").asString();
		// two of the child's changes logged by transactions 99 and 100, below the subscription's position, then the
		// position moved back before them: the next round finds both at once
		while (jdbc.sql("select cast(pg_current_xact_id() as text)").query(Long.class).single() < 200) {
			// a young database: each call takes a transaction id, until 99 and 100 are long finished
		}
		jdbc.sql("""
				insert into feed_change (tx, family, entity_key, student_id, school_id)
				values (cast('99' as xid8), 'marks', ?, ?, ?), (cast('100' as xid8), 'marks', ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), student, school, UUID.randomUUID().toString(), student, school).update();
		jdbc.sql("update webhook_subscription set tx = cast('0' as xid8), seq = 0 where id = ?::uuid").param(id).update();

		Eventually.until(() -> jdbc.sql("select cast(tx as text) from webhook_subscription where id = ?::uuid").param(id)
			.query(String.class).single(), "100"::equals, Duration.ofSeconds(30));
		List<String> notices = jdbc.sql("select payload from webhook_delivery where subscription_id = ?::uuid and kind = 'changes'")
			.param(id).query(String.class).list();
		assertThat(notices).as("the newest is 100, not the 99 that sorts after it as text").hasSize(1);
		assertThat(new ObjectMapper().readTree(notices.getFirst()).get("changes").get("marks").asInt()).isEqualTo(2);
	}

	/** What a receiver does: recompute the signature over "t.body" and refuse a t outside the five-minute window. */
	private static boolean verifies(Received request, String secret) throws GeneralSecurityException {
		Map<String, String> parts = new java.util.HashMap<>();
		for (String part : request.signature().split(",")) {
			String[] kv = part.split("=", 2);
			parts.put(kv[0], kv[1]);
		}
		long t = Long.parseLong(parts.get("t"));
		if (Math.abs(Instant.now().getEpochSecond() - t) > 300) {
			return false;
		}
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
		return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				parts.get("v1").getBytes(StandardCharsets.US_ASCII));
	}

	private void family() {
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		send("identity.representations.v1", student.toString(), representation(guardian, student, school));
	}

	record Received(String deliveryId, String signature, String body) {
	}

	/** An app's endpoint: answers the queued statuses first, then 200. */
	static final class Receiver {

		final List<Received> requests = new CopyOnWriteArrayList<>();

		final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

		private HttpServer server;

		void start() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/hook", exchange -> {
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				requests.add(new Received(exchange.getRequestHeaders().getFirst("Webhook-Id"),
						exchange.getRequestHeaders().getFirst("Webhook-Signature"), body));
				Integer status = answers.poll();
				exchange.sendResponseHeaders(status == null ? 200 : status, -1);
				exchange.close();
			});
			server.start();
		}

		String url() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
		}

		void stop() {
			server.stop(0);
		}
	}
}
