package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ejd.testkit.ApiClient;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.PromQl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The alert rules and the Grafana dashboard in infra/observability read metrics that a running service exports (issue
 * 18): every metric named in an alert's or a panel's expression is in the diary's {@code /actuator/prometheus}, which
 * has the platform's metrics of every service and the diary's own freshness. Only what another exporter provides is
 * exempt, and says which; notification-service's own {@code ejd_notification_*} are checked by its ObservabilityRulesIT.
 */
class ObservabilityRulesIT extends DiaryIT {

	/** Not a service's: Prometheus's own {@code up}, the blackbox exporter's TLS probe of the public host. */
	private static final Set<String> FROM_ELSEWHERE = Set.of("up", "probe_ssl_earliest_cert_expiry");

	@LocalManagementPort
	int managementPort;

	@Test
	void everyMetricTheAlertsAndTheDashboardNameIsExportedByARunningService() throws Exception {
		Path observability = observabilityFolder();
		List<String> expressions = new ArrayList<>();
		Map<String, Object> rules = new Yaml().load(Files.readString(observability.resolve("prometheus/ejd-alerts.yml")));
		for (Object group : (List<?>) rules.get("groups")) {
			for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
				expressions.add(String.valueOf(((Map<?, ?>) rule).get("expr")));
			}
		}
		int alerts = expressions.size();
		JsonNode dashboard = JsonMapper.builder().build().readTree(observability.resolve("grafana/ejd-overview.json").toFile());
		for (JsonNode panel : dashboard.get("panels")) {
			for (JsonNode target : panel.get("targets")) {
				expressions.add(target.get("expr").asString());
			}
		}
		Set<String> named = new TreeSet<>();
		expressions.forEach(expression -> named.addAll(PromQl.metricNames(expression)));
		named.removeAll(FROM_ELSEWHERE);
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
				r -> named.stream().allMatch(name -> exported(r.body(), name)), Duration.ofSeconds(60));

		assertThat(named).allSatisfy(name -> assertThat(exported(scrape.body(), name)).as(name).isTrue());
	}

	private static boolean exported(String scrape, String name) {
		return scrape.lines().anyMatch(line -> line.startsWith(name + "{") || line.startsWith(name + " "));
	}

	private static Path observabilityFolder() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("infra/observability");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		throw new IllegalStateException("infra/observability not found above " + Path.of("").toAbsolutePath());
	}
}
