package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.journal.MarkPosted;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The outbox's wire form of an event, built once as a tree (docs/adr/0074), is the canonical envelope and is checked. */
class EnvelopeWriterTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EnvelopeWriter writer = new EnvelopeWriter(json, new EventContracts(json), "/ejd/journal-service");

	@Test
	void theCanonicalMarkIsWrittenAsTheContractsExampleShowsIt() throws IOException {
		JsonNode example = example();

		assertThat(json.readTree(writer.write(event(example, example.get("schoolid").asString())))).isEqualTo(example);
	}

	@Test
	void theWireFormIsTheEnvelopeRecordsJsonWithoutItsNulls() throws IOException {
		ObjectNode example = (ObjectNode) example();
		((ObjectNode) example.get("data")).remove("comment");
		IntegrationEvent regionWide = event(example, null);

		ObjectNode asBefore = json.valueToTree(writer.envelope(regionWide));
		asBefore.remove("schoolid");
		((ObjectNode) asBefore.get("data")).remove("comment");

		String written = writer.write(regionWide);
		assertThat(written).isEqualTo(json.writeValueAsString(asBefore));
		assertThat(json.readTree(written).has("schoolid")).isFalse();
		assertThat(json.readTree(written).get("data").has("comment")).isFalse();
	}

	@Test
	void anEventThatBreaksItsSchemaIsNotWritten() throws IOException {
		ObjectNode example = (ObjectNode) example();
		((ObjectNode) example.get("data")).put("value", "");

		assertThatThrownBy(() -> writer.write(event(example, null))).isInstanceOf(InvalidEventException.class)
			.hasMessageContaining("journal.mark.posted does not match its schema");
	}

	private JsonNode example() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/events/examples/journal.mark.posted.json")) {
			return json.readTree(in);
		}
	}

	private IntegrationEvent event(JsonNode envelope, @Nullable String schoolId) {
		MarkPosted data = json.treeToValue(envelope.get("data"), MarkPosted.class);
		return new IntegrationEvent() {
			@Override
			public UUID eventId() {
				return UUID.fromString(envelope.get("id").asString());
			}

			@Override
			public Instant occurredAt() {
				return Instant.parse(envelope.get("time").asString());
			}

			@Override
			public String topic() {
				return MarkPosted.TOPIC;
			}

			@Override
			public String type() {
				return MarkPosted.TYPE;
			}

			@Override
			public String key() {
				return data.studentId().toString();
			}

			@Override
			public String subject() {
				return envelope.get("subject").asString();
			}

			@Override
			public @Nullable UUID schoolId() {
				return schoolId == null ? null : UUID.fromString(schoolId);
			}

			@Override
			public long version() {
				return envelope.get("version").asLong();
			}

			@Override
			public Object data() {
				return data;
			}
		};
	}
}
