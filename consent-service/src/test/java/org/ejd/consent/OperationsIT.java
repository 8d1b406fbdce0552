package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;

/**
 * What a region's operations see of consent-service (issue 18): Prometheus metrics on the management port only (RED per
 * endpoint template, dead letters, consumer lag, handled events), the trace id in problems, and the Kafka topics it
 * produces and consumes declared by the service itself, with the catalogue's settings.
 */
class OperationsIT extends ConsentIT {

	@Test
	void prometheusScrapesRequestsJvmPoolAndOutboxOnTheManagementPort() {
		School school = school();
		student(school, adult()); // a request and some events before the scrape
		api().get(PERSONS + UUID.randomUUID() + "/consent", school.adminToken());

		Response metrics = management().get("/actuator/prometheus", null);

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.body()).contains("http_server_requests_seconds_count", "jvm_memory_used_bytes",
				"hikaricp_connections_active", "ejd_outbox_backlog", "ejd_outbox_oldest_age_seconds");
		assertThat(gauge(metrics.body(), "ejd_outbox_backlog")).isGreaterThanOrEqualTo(0);
		assertThat(gauge(metrics.body(), "ejd_outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(0);
	}

	@Test
	void requestsAreCountedPerEndpointTemplateMethodAndStatusNeverPerId() {
		School school = school();
		api().get(PERSONS + UUID.randomUUID() + "/consent", school.adminToken());

		String scrape = management().get("/actuator/prometheus", null).body();

		assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{"))
			.filter(line -> line.contains("uri=\"/api/consent/persons/{personId}/consent\"")))
			.anySatisfy(line -> assertThat(line).contains("method=\"GET\"", "status=\"", "outcome=\""));
		assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")))
			.as("an id in the uri tag would make one time series per person")
			.noneMatch(line -> line.matches(".*uri=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*"));
	}

	@Test
	void aRecordThatGoesToTheDeadLetterTopicIsCountedByTopicAndReason() {
		EventProbe.send("identity.persons.v1", UUID.randomUUID().toString(), "{ not an event");

		Response metrics = Eventually.until(() -> management().get("/actuator/prometheus", null),
				r -> r.body().lines().anyMatch(line -> line.startsWith("ejd_kafka_dead_letters_total{")
						&& line.contains("topic=\"identity.persons.v1\"")),
				Duration.ofSeconds(60));

		String line = metrics.body().lines().filter(l -> l.startsWith("ejd_kafka_dead_letters_total{")
				&& l.contains("topic=\"identity.persons.v1\"")).findFirst().orElseThrow();
		assertThat(line).containsPattern("reason=\"\\w+\"");
		assertThat(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theLagOfEachConsumedTopicIsAGaugePerGroupAndEveryHandledEventIsTimedPerConsumer() {
		School school = school();
		student(school, adult());

		Response metrics = Eventually.until(() -> management().get("/actuator/prometheus", null),
				r -> r.body().contains("ejd_kafka_consumer_lag{group=\"consent-identity\",topic=\"identity.persons.v1\"}"),
				Duration.ofSeconds(60));

		// the listener's id is its group (consent-identity reads identity's topics)
		assertThat(gauge(metrics.body(), "ejd_kafka_consumer_lag{group=\"consent-identity\",topic=\"identity.persons.v1\"}"))
			.isGreaterThanOrEqualTo(0);
		assertThat(metrics.body()).containsPattern("ejd_event_handled_seconds_count\\{.*consumer=\"[^\"]+\".*topic=\"identity\\.");
	}

	@Test
	void aProblemCarriesTheTraceIdOfTheRequestThatCausedIt() {
		School school = school();
		String traceId = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
			.putLong(UUID.randomUUID().getMostSignificantBits()).putLong(UUID.randomUUID().getLeastSignificantBits()).array());
		Map<String, String> traced = Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");

		Response notFound = api().send("GET", PERSONS + UUID.randomUUID() + "/consent", school.adminToken(), null, traced);
		Response unauthenticated = api().send("GET", PERSONS + UUID.randomUUID() + "/consent", null, null, traced);
		Response untraced = api().get(PERSONS + UUID.randomUUID() + "/consent", school.adminToken());

		assertThat(notFound.isProblem()).as(notFound.toString()).isTrue();
		assertThat(notFound.json().get("traceId").asString()).isEqualTo(traceId);
		assertThat(unauthenticated.status()).isEqualTo(401);
		assertThat(unauthenticated.json().get("traceId").asString()).isEqualTo(traceId);
		assertThat(untraced.json().get("traceId").asString()).as("a request without a trace starts one").matches("[0-9a-f]{32}")
			.isNotEqualTo(traceId);
	}

	@Test
	void theApiPortServesNoActuator() {
		assertThat(api().get("/actuator/prometheus", null).status()).isIn(401, 404);
		assertThat(api().get("/actuator/health/readiness", null).status()).isIn(401, 404);
		assertThat(management().get("/actuator/health/readiness", null).status()).isEqualTo(200);
	}

	@Test
	void theTopicsItProducesAndConsumesExistWithTheirPartitionsRetentionAndDeadLetters() throws Exception {
		Properties properties = new Properties();
		properties.putAll(RealServers.kafka().superUserProperties());
		try (Admin admin = Admin.create(properties)) {
			List<String> names = List.of("consent.records.v1", "consent.records.v1.dlt", "identity.persons.v1",
					"identity.persons.v1.dlt");
			// created after the service is ready, before its listeners start (docs/adr/0093)
			Eventually.until(() -> topicNames(admin), existing -> existing.containsAll(names), Duration.ofSeconds(30));
			Map<String, TopicDescription> topics = admin.describeTopics(names).allTopicNames().get();
			assertThat(topics.get("consent.records.v1").partitions()).hasSize(3);
			assertThat(topics.get("identity.persons.v1").partitions()).hasSize(3);
			assertThat(topics.get("consent.records.v1.dlt").partitions()).hasSize(1);

			Map<String, Config> configs = admin.describeConfigs(names.stream()
				.map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get()
				.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
			assertThat(configs.get("consent.records.v1").get("retention.ms").value())
				.isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
			assertThat(configs.get("identity.persons.v1").get("retention.ms").value())
				.isEqualTo(Long.toString(Duration.ofDays(30).toMillis()));
			assertThat(configs.get("consent.records.v1.dlt").get("retention.ms").value())
				.as("dead letters stay longer").isEqualTo(Long.toString(Duration.ofDays(90).toMillis()));
			assertThat(configs.get("consent.records.v1").get("cleanup.policy").value()).isEqualTo("delete");
		}
	}

	private static java.util.Set<String> topicNames(Admin admin) {
		try {
			return admin.listTopics().names().get(10, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static double gauge(String scrape, String name) {
		return scrape.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst().orElseThrow();
	}
}
