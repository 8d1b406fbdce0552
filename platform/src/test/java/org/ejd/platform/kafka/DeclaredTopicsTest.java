package org.ejd.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class DeclaredTopicsTest {

	private static final KafkaTopicsProperties SETTINGS = new KafkaTopicsProperties(true, 3, (short) 1, 1,
			Duration.ofDays(30), 1, Duration.ofDays(90));

	private static Map<String, NewTopic> declaredBy(String service) {
		return DeclaredTopics.of(service, SETTINGS, JsonMapper.builder().build()).stream()
			.collect(Collectors.toMap(NewTopic::name, topic -> topic));
	}

	@Test
	void aProducerDeclaresItsTopicsAndTheirDeadLetterTopics() {
		Map<String, NewTopic> topics = declaredBy("journal-service");

		assertThat(topics).containsKeys("journal.marks.v1", "journal.marks.v1.dlt");
		assertThat(topics.get("journal.marks.v1").numPartitions()).isEqualTo(3);
		assertThat(topics.get("journal.marks.v1").replicationFactor()).isEqualTo((short) 1);
		assertThat(topics.get("journal.marks.v1").configs()).containsEntry("retention.ms",
				Long.toString(Duration.ofDays(30).toMillis()));
	}

	@Test
	void aConsumerDeclaresWhatItReadsSoThatStartUpOrderNeverMatters() {
		assertThat(declaredBy("consent-service")).containsKeys("identity.persons.v1", "identity.persons.v1.dlt",
				"consent.records.v1");
		assertThat(declaredBy("consent-service")).doesNotContainKey("journal.marks.v1");
	}

	@Test
	void deadLettersStayLongerThanEventsOnFewerPartitions() {
		NewTopic deadLetters = declaredBy("diary-service").get("journal.marks.v1.dlt");

		assertThat(deadLetters.numPartitions()).isEqualTo(1);
		assertThat(deadLetters.configs()).containsEntry("retention.ms", Long.toString(Duration.ofDays(90).toMillis()));
	}

	@Test
	void theGatewayDeclaresNothing() {
		assertThat(declaredBy("gateway")).isEmpty();
	}

	@Test
	void everyCataloguedTopicIsDeclaredBySomeService() {
		List<String> services = List.of("identity-service", "journal-service", "consent-service", "diary-service",
				"notification-service");
		long declared = services.stream().flatMap(s -> declaredBy(s).keySet().stream()).distinct()
			.filter(name -> !name.endsWith(".dlt")).count();
		assertThat(declared).isEqualTo(JsonMapper.builder().build()
			.readTree(DeclaredTopics.class.getClassLoader().getResourceAsStream("contracts/topics.json")).size());
	}
}
