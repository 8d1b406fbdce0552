package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.ejd.diary.consent.DeliveryForms;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DiaryConsentIT extends DiaryIT {

	@Autowired
	DeliveryForms deliveryForms;

	@Test
	void aRefusalOfProcessingClosesTheDiaryWith403InRussianKeepsTheDataAndConsentGivenAgainReopensIt() {
		WeekScenario s = new WeekScenario().family(null).week();
		String mother = token("guardian", s.guardian, s.school);
		String week = "/api/diary/students/" + s.student + "/week?date=2026-12-07";
		Eventually.until(() -> api().get(week, mother), r -> r.status() == 200 && r.body().contains("\"value\":\"5\""),
				Duration.ofSeconds(30));

		consent(s, "refused", false, 2);
		Response refused = Eventually.until(() -> api().get(week, mother), r -> r.status() == 403, Duration.ofSeconds(30));
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("отказалась от обработки").contains("бумажные выписки");
		assertThat(api().get("/api/diary/students/" + s.student + "/marks", mother).status()).as("every read of the student")
			.isEqualTo(403);
		assertThat(api().get("/api/diary/students/" + s.student + "/week", token("student", s.student, s.school)).status())
			.as("the student too").isEqualTo(403);
		assertThat(api().get(week, token("guardian", UUID.randomUUID(), s.school)).status())
			.as("a stranger still learns nothing").isEqualTo(404);
		Response card = api().get("/api/diary/me/students", mother);
		assertThat(card.json().get(0).get("processingRefused").asBoolean()).isTrue();
		assertThat(card.json().get(0).get("lastName").isNull()).isTrue();
		assertThat(deliveryForms.onPaper(s.school, LocalDate.parse("2026-12-07")))
			.contains(new DeliveryForms.OnPaper(s.student, s.guardian, "processing-refused"));

		consent(s, "refused", true, 1); // an older record arriving late changes nothing
		consent(s, "given", true, 3);
		Response reopened = Eventually.until(() -> api().get(week, mother), r -> r.status() == 200, Duration.ofSeconds(30));
		assertThat(reopened.body()).as("the data was kept").contains("\"value\":\"5\"");
		assertThat(api().get("/api/diary/me/students", mother).json().get(0).get("lastName").asString()).isEqualTo("Иванов");
	}

	@Test
	void aGuardianOnPaperIsListedForTheWeeklyBatchAndBackOnElectronicIsNot() {
		WeekScenario s = new WeekScenario().family(null);
		deliveryForm(s, "paper", 1);
		LocalDate day = LocalDate.parse("2026-12-07");
		Eventually.until(() -> deliveryForms.onPaper(s.school, day),
				list -> list.contains(new DeliveryForms.OnPaper(s.student, s.guardian, "delivery-form")), Duration.ofSeconds(30));
		assertThat(deliveryForms.formOf(s.guardian)).isEqualTo("paper");
		deliveryForm(s, "electronic", 2);
		Eventually.until(() -> deliveryForms.formOf(s.guardian), "electronic"::equals, Duration.ofSeconds(30));
		assertThat(deliveryForms.onPaper(s.school, day)).isEmpty();
	}

	private static void consent(WeekScenario s, String status, boolean allowed, long version) {
		UUID record = UUID.randomUUID();
		String at = "2026-12-0" + version + "T08:00:00Z";
		s.send("consent.records.v1", s.student, "/ejd/consent-service", "consent.consent.recorded", s.student, version,
				Map.of("recordId", record, "personId", s.student, "personRole", "student", "givenBy", s.guardian, "decision", status,
						"textVersion", "2026.1", "channel", "paper", "registeredBy", UUID.randomUUID(), "recordedAt", at,
						"state", Map.of("status", status, "processingAllowed", allowed, "textVersion", "2026.1", "since", at)));
	}

	private static void deliveryForm(WeekScenario s, String form, long version) {
		s.send("consent.records.v1", s.guardian, "/ejd/consent-service", "consent.delivery-form.changed", s.guardian, version,
				Map.of("personId", s.guardian, "form", form, "weeklyPrintedStatement", form.equals("paper"), "electronicDeliveryAllowed",
						form.equals("electronic"), "channel", "paper", "registeredBy", UUID.randomUUID(), "changedAt",
						"2026-12-0" + version + "T08:00:00Z"));
	}
}
