package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.ejd.testkit.SmppServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** SMS over SMPP 3.4 to the simulator, in UCS-2 segments, with receipts, refusals, and failover to the aggregator (N1). */
class SmsIT extends NotificationIT {

	@Autowired
	CircuitBreakerRegistry breakers;

	@AfterEach
	void providersWell() {
		RealServers.smpp().mode(SmppServer.Mode.ACCEPT);
		FakeSmsRu.instance().down = false;
		breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
	}

	@Test
	void aMarkGoesOverSmppInUcs2AndItsDeliveryReceiptIsRecorded() {
		Family family = smsFamily();

		markPosted(UUID.randomUUID(), family.student(), family.school(), "5");

		Map<String, Object> row = awaitStatus(family.guardian(), "sms", "DELIVERED");
		assertThat(row).containsEntry("segments", 1);
		List<SmppServer.Submitted> parts = RealServers.smpp().receivedBy(family.email().substring(1));
		assertThat(parts).hasSize(1);
		assertThat(parts.getFirst().dataCoding()).isEqualTo((byte) 0x08);
		assertThat(parts.getFirst().text()).isEqualTo("Пётр: отметка 5 по предмету «Математика»");

		String admin = token("school-admin", UUID.randomUUID(), family.school());
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
		tools.jackson.databind.JsonNode usage = api().get("/api/notifications/schools/" + family.school() + "/sms-usage?from="
				+ today.minusDays(1) + "&to=" + today.plusDays(1), admin).json();
		assertThat(usage.get("messages").asInt()).isEqualTo(1);
		assertThat(usage.get("segments").asInt()).isEqualTo(1);
	}

	/**
	 * ADR 0088: the SMSC's receipt reaches the service before the answer to the send, so before the sender has written down
	 * whose provider id it is. It is kept, and taken when the SENT row is written: the message ends DELIVERED, not SENT.
	 */
	@Test
	void aDeliveryReceiptThatComesBeforeTheAnswerToTheSendIsKeptAndRecorded() {
		RealServers.smpp().mode(SmppServer.Mode.RECEIPT_FIRST);
		Family family = smsFamily();

		markPosted(UUID.randomUUID(), family.student(), family.school(), "4");

		Map<String, Object> row = awaitStatus(family.guardian(), "sms", "DELIVERED");
		assertThat(row.get("attempts")).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from early_receipt where provider_id = ?").param(row.get("provider_id"))
			.query(Integer.class).single()).as("receipts kept after their message was written down").isZero();
		assertThat(RealServers.smpp().receivedBy(family.email().substring(1))).hasSize(1);
	}

	@Test
	void aLongCyrillicCodeGoesInConcatenatedSegmentsOf67() {
		UUID person = UUID.randomUUID();
		String number = "+7900" + String.format("%07d", java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000_000));
		String text = "Код подтверждения для электронного дневника: 482913. Никому не сообщайте его. Код действует 15 минут.";
		publish("consent.preferences.v1", person, "/ejd/consent-service", "consent.contact.verification-requested", UUID.randomUUID(),
				person, null, 5, Map.of("contactId", UUID.randomUUID(), "personId", person, "channel", "sms", "destination", number,
						"maskedDestination", "+7900*****" + number.substring(10), "message", Map.of("language", "ru", "text", text),
						"expiresAt", "2030-01-01T00:00:00Z", "requestedAt", "2026-11-30T10:00:00Z"));

		List<SmppServer.Submitted> parts = Eventually.until(() -> RealServers.smpp().receivedBy(number.substring(1)), p -> p.size() == 2,
				WAIT);
		assertThat(parts).allSatisfy(p -> assertThat(p.hasUdh()).isTrue());
		assertThat(parts.get(0).text()).hasSize(67);
		assertThat(parts.get(0).text() + parts.get(1).text()).isEqualTo(text);
	}

	@Test
	void whenTheSmscRefusesTheNumberTheMessageFailsAndTheContactIsNoLongerUsed() {
		Family family = smsFamily();
		RealServers.smpp().mode(SmppServer.Mode.REJECT_PERMANENT);

		markPosted(UUID.randomUUID(), family.student(), family.school(), "5");

		Map<String, Object> row = awaitStatus(family.guardian(), "sms", "FAILED");
		assertThat((String) row.get("last_error")).contains("0xb");
		assertThat(jdbc.sql("select usable from contact where person_id = ? and channel = 'sms'").param(family.guardian())
			.query(Boolean.class).single()).isFalse();
		assertThat(FakeSmsRu.instance().to(family.email().substring(1))).isEmpty();
		String bounced = org.ejd.testkit.EventProbe.await("notification.contacts.v1", r -> family.guardian().toString().equals(r.key()),
				WAIT).value();
		assertThat(bounced).contains("\"type\":\"notification.contact.bounced\"").contains("SMPP status 0xb")
			.doesNotContain(family.email());
	}

	@Test
	void whenTheSmscStopsAnsweringTheAggregatorTakesOverAndTheBreakerOpens() {
		Family family = smsFamily();
		RealServers.smpp().mode(SmppServer.Mode.SILENT);

		for (int i = 0; i < 4; i++) {
			markPosted(UUID.randomUUID(), family.student(), family.school(), "4");
		}

		Eventually.until(() -> FakeSmsRu.instance().to(family.email().substring(1)), sent -> sent.size() == 4, Duration.ofSeconds(60));
		assertThat(FakeSmsRu.instance().to(family.email().substring(1)).getFirst().get("msg")).isEqualTo(
				"Пётр: отметка 4 по предмету «Математика»");
		assertThat(breakers.circuitBreaker("sms-smpp").getState()).isEqualTo(CircuitBreaker.State.OPEN);
	}

	@Test
	void whenBothProvidersAreDownTheMessageWaitsAndGoesOnceOneIsBackAndTheAggregatorReportsDelivery() throws Exception {
		Family family = smsFamily();
		breakers.circuitBreaker("sms-smpp").transitionToOpenState();
		FakeSmsRu.instance().down = true;

		markPosted(UUID.randomUUID(), family.student(), family.school(), "3");
		Eventually.until(() -> jdbc.sql("select attempts from message where recipient_id = ? and channel = 'sms' and status = 'QUEUED'")
			.param(family.guardian()).query(Integer.class).optional().orElse(0), attempts -> attempts >= 1, WAIT);

		FakeSmsRu.instance().down = false;
		String smsId = (String) awaitStatus(family.guardian(), "sms", "SENT").get("provider_id");
		assertThat(FakeSmsRu.instance().to(family.email().substring(1))).hasSize(1);

		// SMS.RU's delivery callback: a wrong secret is unknown; the right one records the delivery
		assertThat(callback("wrong", smsId).statusCode()).isEqualTo(404);
		assertThat(callback("s".repeat(257), smsId).statusCode()).as("longer than the document's maxLength").isEqualTo(400);
		java.net.http.HttpResponse<String> answer = callback("callback-secret", smsId);
		assertThat(answer.body()).isEqualTo("100");
		awaitStatus(family.guardian(), "sms", "DELIVERED");
	}

	private java.net.http.HttpResponse<String> callback(String secret, String smsId) throws Exception {
		String form = "data%5B0%5D=" + java.net.URLEncoder.encode("sms_status\n" + smsId + "\n103\n1764518400",
				java.nio.charset.StandardCharsets.UTF_8);
		return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
				java.net.URI.create("http://localhost:" + port + "/api/notifications/sms/callback/" + secret))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void theSixthSmsOfTheDayIsSuppressedByTheDailyCapButTheAppStillTells() {
		Family family = smsFamily();
		preferences(family.guardian(), family.student(), List.of("app", "sms"), "immediate", null, null, "Europe/Moscow");

		for (int i = 0; i < 6; i++) {
			markPosted(UUID.randomUUID(), family.student(), family.school(), "5");
		}

		assertThat(awaitStatus(family.guardian(), "sms", "SUPPRESSED")).containsEntry("rule", "sms-daily-cap");
		List<Map<String, Object>> rows = messagesOf(family.guardian(), 12);
		assertThat(rows).filteredOn(row -> "sms".equals(row.get("channel")) && !"SUPPRESSED".equals(row.get("status"))).hasSize(5);
		assertThat(rows).filteredOn(row -> "app".equals(row.get("channel"))).allSatisfy(row -> assertThat(row).containsEntry("status", "SENT"));
	}

	/** A family whose guardian wants SMS only; the number is returned in {@code email}. */
	private Family smsFamily() {
		UUID school = school("Europe/Moscow");
		UUID student = student(school);
		consent(student, true);
		UUID guardian = guardianOf(student, school);
		String number = phone(guardian);
		preferences(guardian, student, List.of("sms"), "immediate", null, null, "Europe/Moscow");
		return new Family(school, student, guardian, number);
	}
}
