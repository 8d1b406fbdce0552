package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.LimitRule;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The school admin sees what became of each message, and which missed seed 004's informing deadlines (N3). */
class SchoolMessagesIT extends NotificationIT {

	@Test
	void theAdminSeesEachMessagesStatusAndWhatMissedTheInformingDeadline() {
		UUID school = school("Europe/Moscow");
		Family onTime = family(school, "Europe/Moscow");
		Family onPaper = family(school, "Europe/Moscow");
		paper(onPaper.guardian());
		markPosted(UUID.randomUUID(), onTime.student(), school, "5");
		UUID lateMark = UUID.randomUUID();
		markPostedAt(lateMark, onTime.student(), school, "4", Instant.now().minus(Duration.ofDays(3)));
		markPosted(UUID.randomUUID(), onPaper.student(), school, "3");
		awaitStatus(onPaper.guardian(), "email", "SUPPRESSED");
		org.ejd.testkit.Eventually.until(() -> jdbc.sql("select count(*) from message where recipient_id = ? and channel = 'email' "
				+ "and status = 'SENT'").param(onTime.guardian()).query(Integer.class).single(), n -> n == 2, WAIT);
		String admin = token("school-admin", UUID.randomUUID(), school);

		ApiClient.Response answer = api().get("/api/notifications/schools/" + school + "/messages", admin);
		assertThat(answer.status()).as("%s for token claims %s", answer, claims(admin)).isEqualTo(200);
		JsonNode all = answer.json();
		assertThat(all).hasSize(3);
		assertThat(all.valueStream().map(r -> r.get("status").asString() + "/" + r.get("rule").asString()))
			.containsExactlyInAnyOrder("SENT/", "SENT/", "SUPPRESSED/paper-delivery");
		JsonNode missed = api().get("/api/notifications/schools/" + school + "/messages?missedDeadline=true", admin).json();
		LimitRule.assertRefusedBeyond(api(), "/api/notifications/schools/" + school + "/messages", admin, 500);
		assertThat(missed).hasSize(1);
		assertThat(api().get("/api/notifications/schools/" + school + "/informing-policy", admin).json().get("markDays").asInt()).isEqualTo(2);

		ApiClient.Response csv = api().send("GET", "/api/notifications/schools/" + school + "/messages?status=suppressed", admin, null,
				Map.of("Accept", "text/csv"));
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body().lines()).hasSize(2);
		assertThat(csv.body()).contains("\"paper-delivery\"");
	}

	@Test
	void aSchoolThatAllowsFiveDaysForMarksHasNothingMissedAfterThree() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		String admin = token("school-admin", UUID.randomUUID(), school);
		ApiClient.Response refused = api().send("PUT", "/api/notifications/schools/" + school + "/informing-policy", admin,
				Map.of("markDays", 0, "absenceDays", 1), Map.of());
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Сроки информирования задаются в днях, от 1 до 30.");
		assertThat(api().send("PUT", "/api/notifications/schools/" + school + "/informing-policy", admin,
				Map.of("markDays", 5, "absenceDays", 1), Map.of()).status()).isEqualTo(200);

		markPostedAt(UUID.randomUUID(), family.student(), school, "4", Instant.now().minus(Duration.ofDays(3)));
		awaitStatus(family.guardian(), "email", "SENT");

		JsonNode missed = api().get("/api/notifications/schools/" + school + "/messages?missedDeadline=true", admin).json();
		assertThat(missed).isEmpty();
	}

	static String claims(String token) {
		return new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void anAdminOfAnotherSchoolIsToldTheSchoolIsUnknown() {
		UUID school = school("Europe/Moscow");
		String otherAdmin = token("school-admin", UUID.randomUUID(), UUID.randomUUID());

		ApiClient.Response refused = api().get("/api/notifications/schools/" + school + "/messages", otherAdmin);

		assertThat(refused.status()).isEqualTo(404);
		assertThat(refused.json().get("detail").asString()).isEqualTo("Школа не найдена.");
	}
}
