package org.ejd.platform.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The topics one service declares, read from the catalogue {@code contracts/topics.json}: every topic it produces or
 * consumes, and the dead-letter topic of each. Producer and consumers declare the same topic with the same settings,
 * so whichever starts first creates it and the others find it there (docs/adr/0020).
 */
public final class DeclaredTopics {

	private DeclaredTopics() {
	}

	public static List<NewTopic> of(String service, KafkaTopicsProperties properties, ObjectMapper mapper) {
		try (InputStream in = DeclaredTopics.class.getClassLoader().getResourceAsStream("contracts/topics.json")) {
			if (in == null) {
				throw new IllegalStateException("no contracts/topics.json on the classpath");
			}
			return of(service, properties, mapper.readTree(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read contracts/topics.json", ex);
		}
	}

	static List<NewTopic> of(String service, KafkaTopicsProperties properties, JsonNode catalogue) {
		List<NewTopic> topics = new ArrayList<>();
		for (JsonNode entry : catalogue) {
			if (!service.equals(entry.path("producer").asString()) && !consumes(entry, service)) {
				continue;
			}
			topics.add(topic(entry.path("topic").asString(), properties.partitions(), properties.retention().toMillis(),
					properties));
			String deadLetters = entry.path("deadLetterTopic").asString("");
			if (!deadLetters.isEmpty()) {
				topics.add(topic(deadLetters, properties.deadLetterPartitions(),
						properties.deadLetterRetention().toMillis(), properties));
			}
		}
		return topics;
	}

	private static boolean consumes(JsonNode entry, String service) {
		for (JsonNode consumer : entry.path("consumers")) {
			if (service.equals(consumer.asString())) {
				return true;
			}
		}
		return false;
	}

	private static NewTopic topic(String name, int partitions, long retentionMs, KafkaTopicsProperties properties) {
		Map<String, String> configs = new LinkedHashMap<>();
		configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs));
		configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
		configs.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(properties.minInsyncReplicas()));
		return new NewTopic(name, partitions, properties.replicationFactor()).configs(configs);
	}
}
