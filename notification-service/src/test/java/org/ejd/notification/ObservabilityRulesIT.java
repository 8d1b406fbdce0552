package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.ObservabilityRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * Notification sends as an operator sees them (issues 11, 18): a sent email and a suppressed one are counted by channel,
 * outcome and rule, and every {@code ejd_notification_*} metric that infra/observability's alerts and dashboard name is
 * exported by a running notification-service (diary-service's ObservabilityRulesIT checks the others).
 */
class ObservabilityRulesIT extends NotificationIT {

	private static final String SENT_EMAIL = "ejd_notification_sends_total{channel=\"email\",outcome=\"sent\",rule=\"none\"}";

	private static final String EMAIL_ON_PAPER = "ejd_notification_sends_total{channel=\"email\",outcome=\"suppressed\",rule=\"paper-delivery\"}";

	@LocalManagementPort
	int managementPort;

	@Test
	void aSentEmailAndOneSuppressedForPaperAreCountedWithTheirChannelOutcomeAndRule() {
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		Family onPaper = family(school, "Europe/Moscow");
		paper(onPaper.guardian());
		String before = scrape();

		markPosted(UUID.randomUUID(), family.student(), school, "5");
		markPosted(UUID.randomUUID(), onPaper.student(), school, "4");
		mailTo(family.email(), 1);
		awaitStatus(onPaper.guardian(), "email", "SUPPRESSED");

		String after = Eventually.until(this::scrape, s -> value(s, SENT_EMAIL) > value(before, SENT_EMAIL)
				&& value(s, EMAIL_ON_PAPER) > value(before, EMAIL_ON_PAPER), WAIT);
		assertThat(value(after, SENT_EMAIL)).isGreaterThanOrEqualTo(value(before, SENT_EMAIL) + 1);
		assertThat(value(after, EMAIL_ON_PAPER)).isGreaterThanOrEqualTo(value(before, EMAIL_ON_PAPER) + 1);
		assertThat(after).contains("ejd_notification_sends_total{channel=\"feed\",outcome=\"sent\",rule=\"none\"}");
		assertThat(value(after, "ejd_notification_pending ")).isGreaterThanOrEqualTo(0);
	}

	@Test
	void everyNotificationMetricTheAlertsAndTheDashboardNameIsExported() throws Exception {
		Set<String> named = ObservabilityRules.metricNames();
		named.removeIf(name -> !name.startsWith("ejd_notification_"));
		assertThat(named).as("sends by outcome (failure ratio), due sends and the oldest's age")
			.contains("ejd_notification_sends_total", "ejd_notification_pending", "ejd_notification_pending_oldest_age_seconds");

		// a sent email, so that the counter has a series
		UUID school = school("Europe/Moscow");
		Family family = family(school, "Europe/Moscow");
		markPosted(UUID.randomUUID(), family.student(), school, "5");
		mailTo(family.email(), 1);
		String scrape = Eventually.until(this::scrape, s -> named.stream().allMatch(name -> ObservabilityRules.exported(s, name)), WAIT);

		assertThat(named).allSatisfy(name -> assertThat(ObservabilityRules.exported(scrape, name)).as(name).isTrue());
	}

	private String scrape() {
		return ApiClient.local(managementPort).get("/actuator/prometheus", null).body();
	}

	/** The sample's value, 0 when the series does not exist yet. */
	private static double value(String scrape, String series) {
		return scrape.lines().filter(line -> line.startsWith(series)).findFirst()
			.map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).orElse(0.0);
	}
}
