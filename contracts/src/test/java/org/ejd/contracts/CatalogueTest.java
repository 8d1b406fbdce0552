package org.ejd.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** topics.json lists what is: every topic and schema under events/, each with an example, a record, a producer and a dead-letter topic. */
class CatalogueTest {

	private final JsonNode topics = ContractFiles.topics();

	@Test
	void everySchemaFileIsListedInTheCatalogue() {
		assertThat(new TreeSet<>(listedSchemas())).containsAll(ContractFiles.schemaFiles());
	}

	@Test
	void everyListedSchemaExistsUnderItsTopicAndType() {
		for (JsonNode topic : topics) {
			for (JsonNode eventType : topic.path("eventTypes")) {
				String schema = eventType.path("schema").asString();
				assertThat(ContractFiles.root().resolve(schema)).as(schema).isRegularFile();
				assertThat(schema).isEqualTo("events/" + topic.path("topic").asString() + "/" + eventType.path("type").asString() + ".schema.json");
			}
		}
		assertThat(listedSchemas()).doesNotHaveDuplicates();
	}

	@Test
	void everyTypeInTheCatalogueHasAnExampleAndARecordOnItsTopic() {
		for (JsonNode topic : topics) {
			for (JsonNode eventType : topic.path("eventTypes")) {
				String type = eventType.path("type").asString();
				Path example = ContractFiles.root().resolve("events/examples/" + type + ".json");
				assertThat(Files.isRegularFile(example)).as("example of " + type).isTrue();
				assertThat(EventTypes.dataOf(type)).as("record of " + type).isPresent();
				assertThat(ContractFiles.constant(EventTypes.dataOf(type).orElseThrow(), "TOPIC")).as(type)
					.isEqualTo(topic.path("topic").asString());
			}
		}
	}

	@Test
	void everyTypeSaysHowItsVersionGrowsSoConsumersCanRefuseAnImplausibleOne() {
		for (JsonNode topic : topics) {
			for (JsonNode eventType : topic.path("eventTypes")) {
				assertThat(eventType.path("version").asString("")).as("version kind of " + eventType.path("type").asString())
					.isIn("sequence", "epoch-millis", "epoch-day");
			}
		}
	}

	@Test
	void everyRecordTypeIsInTheCatalogue() {
		Set<String> listed = new TreeSet<>();
		topics.forEach(topic -> topic.path("eventTypes").forEach(eventType -> listed.add(eventType.path("type").asString())));
		assertThat(listed).isEqualTo(new TreeSet<>(EventTypes.types()));
	}

	@Test
	void everyTopicFolderIsInTheCatalogueOnce() {
		List<String> listed = new ArrayList<>();
		topics.forEach(topic -> listed.add(topic.path("topic").asString()));
		assertThat(listed).doesNotHaveDuplicates();
		assertThat(new TreeSet<>(listed)).containsExactlyElementsOf(ContractFiles.topicFolders());
	}

	@Test
	void everyTopicHasAProducerADeadLetterTopicAndConsumersListed() {
		for (JsonNode topic : topics) {
			String name = topic.path("topic").asString();
			assertThat(topic.path("producer").asString("")).as(name).matches("[a-z]+-service");
			assertThat(name).as("the producer's context names the topic").startsWith(topic.path("producer").asString().replace("-service", "."));
			assertThat(topic.path("deadLetterTopic").asString("")).as(name).isEqualTo(name + ".dlt");
			assertThat(topic.path("consumers").isArray()).as(name).isTrue();
			assertThat(topic.has("plannedConsumers")).as(name + ": the catalogue says what is").isFalse();
		}
	}

	@Test
	void everyKeyIsARequiredPropertyOfTheDataItKeys() {
		for (JsonNode topic : topics) {
			for (JsonNode eventType : topic.path("eventTypes")) {
				String key = eventType.path("key").asString(topic.path("key").asString(""));
				JsonNode required = ContractFiles.schema(eventType.path("schema").asString()).path("required");
				List<String> names = new ArrayList<>();
				required.forEach(r -> names.add(r.asString()));
				assertThat(names).as(eventType.path("type").asString() + " keyed by " + key).contains(key);
			}
		}
	}

	private List<String> listedSchemas() {
		List<String> schemas = new ArrayList<>();
		topics.forEach(topic -> topic.path("eventTypes").forEach(eventType -> schemas.add(eventType.path("schema").asString())));
		return schemas;
	}
}
