package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.ObservabilityRules;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * The alert rules and the Grafana dashboard in infra/observability read metrics that a running service exports (issue
 * 18): every metric named in an alert's or a panel's expression is in the diary's {@code /actuator/prometheus}, which
 * has the platform's metrics of every service and the diary's own freshness. Only what another exporter provides is
 * exempt, and says which; notification-service's own {@code ejd_notification_*} are checked by its ObservabilityRulesIT.
 */
class ObservabilityRulesIT extends DiaryIT {

	@LocalManagementPort
	int managementPort;

	@Test
	void everyMetricTheAlertsAndTheDashboardNameIsExportedByARunningService() throws Exception {
		int alerts = ObservabilityRules.alertExpressions().size();
		Set<String> named = ObservabilityRules.metricNames();
		// notification-service's own sends and pending gauges: its ObservabilityRulesIT finds them in a running notification-service
		named.removeIf(name -> name.startsWith("ejd_notification_"));
		assertThat(alerts).as("stuck outbox, dead letters, lag, freshness, 5xx, certificate and secret expiry").isGreaterThanOrEqualTo(7);
		assertThat(named).contains("ejd_outbox_oldest_age_seconds", "ejd_kafka_dead_letters_total", "ejd_kafka_consumer_lag",
				"ejd_diary_event_visible_seconds_count", "http_server_requests_seconds_count", "ejd_secret_expiry_timestamp_seconds");

		// a request, a dead letter and a handled event, so that their series exist
		assertThat(api().get("/api/diary/status", null).status()).isEqualTo(401);
		EventProbe.send("journal.marks.v1", UUID.randomUUID().toString(), "{ not an event");
		UUID school = UUID.randomUUID();
		UUID student = UUID.randomUUID();
		send("identity.persons.v1", student.toString(), studentRegistered(student, school));
		ApiClient management = ApiClient.local(managementPort);
		Response scrape = Eventually.until(() -> management.get("/actuator/prometheus", null),
				r -> named.stream().allMatch(name -> ObservabilityRules.exported(r.body(), name)), Duration.ofSeconds(60));

		assertThat(named).allSatisfy(name -> assertThat(ObservabilityRules.exported(scrape.body(), name)).as(name).isTrue());
	}
}
