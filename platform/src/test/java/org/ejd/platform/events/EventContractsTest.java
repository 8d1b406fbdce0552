package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventContractsTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventContracts contracts = new EventContracts(json);

	@Test
	void theCanonicalMarkExampleMatchesItsSchema() throws IOException {
		JsonNode example = example("journal.mark.posted");
		contracts.validate("journal.marks.v1", example);
		EventEnvelope read = contracts.read("journal.marks.v1", example.toString());
		assertThat(read.type()).isEqualTo("journal.mark.posted");
		assertThat(read.data().get("subjectName").asString()).isEqualTo("Математика");
	}

	@Test
	void theCatalogueSaysHowEachTypesVersionGrows() {
		assertThat(contracts.versionKind("journal.marks.v1", "journal.mark.posted")).contains(VersionKind.SEQUENCE);
		assertThat(contracts.versionKind("journal.teaching.v1", "journal.class-teacher.appointed")).contains(VersionKind.EPOCH_MILLIS);
		assertThat(contracts.versionKind("diary.forecasts.v1", "diary.forecast.published")).contains(VersionKind.EPOCH_DAY);
		assertThat(contracts.versionKind("journal.marks.v1", "journal.mark.annotated")).isEmpty();
	}

	@Test
	void aMissingRequiredFieldIsRefusedWithItsName() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		((ObjectNode) example.get("data")).remove("studentId");
		assertThatThrownBy(() -> contracts.validate("journal.marks.v1", example))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("studentId");
	}

	@Test
	void aReaderToleratesFieldsAddedLaterButAProducerMayNotSendUndocumentedOnes() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		((ObjectNode) example.get("data")).put("addedInALaterMinorVersion", true);
		assertThat(contracts.read("journal.marks.v1", example.toString()).id()).isNotNull();
		assertThatThrownBy(() -> contracts.validate("journal.marks.v1", example)).isInstanceOf(InvalidEventException.class);
	}

	@Test
	void anUnknownTypeIsIgnorableForReadersButRefusedForProducers() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		example.put("type", "journal.mark.annotated");
		assertThat(contracts.read("journal.marks.v1", example.toString()).type()).isEqualTo("journal.mark.annotated");
		assertThatThrownBy(() -> contracts.validate("journal.marks.v1", example)).hasMessageContaining("unknown event type");
	}

	@Test
	void aConsumerGetsTheDataAsTheContractsRecordWithFieldsAddedLaterLeftOut() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		((ObjectNode) example.get("data")).put("addedInALaterMinorVersion", true);
		ReceivedEvent event = contracts.typed(contracts.read("journal.marks.v1", example.toString()));
		assertThat(event.data()).isInstanceOfSatisfying(org.ejd.contracts.journal.MarkPosted.class,
				mark -> assertThat(mark.subjectName()).isEqualTo("Математика"));
		assertThat(event.version()).isEqualTo(example.get("version").asLong());
	}

	@Test
	void aTypeThisBuildDoesNotKnowArrivesAsAnUnknownEventToPassBy() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		example.put("type", "journal.mark.annotated");
		assertThat(contracts.typed(contracts.read("journal.marks.v1", example.toString())).data())
			.isEqualTo(new ReceivedEvent.UnknownEvent("journal.mark.annotated"));
	}

	@Test
	void aProducerMayPublishOnlyWhatTheCatalogueListsForIt() {
		contracts.requireCatalogued("journal.marks.v1", "journal.mark.posted", "/ejd/journal-service");
		assertThatThrownBy(() -> contracts.requireCatalogued("journal.homework.v1", "journal.homework.set", "/ejd/journal-service"))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("not in contracts/topics.json");
		assertThatThrownBy(() -> contracts.requireCatalogued("journal.marks.v1", "journal.mark.annotated", "/ejd/journal-service"))
			.hasMessageContaining("is not listed for journal.marks.v1");
		assertThatThrownBy(() -> contracts.requireCatalogued("journal.marks.v1", "journal.mark.posted", "/ejd/diary-service"))
			.hasMessageContaining("is not the producer");
	}

	@Test
	void anEventInAnotherServicesNameOnATopicItDoesNotOwnIsRefused() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		example.put("source", "/ejd/diary-service");
		assertThatThrownBy(() -> contracts.read("journal.marks.v1", example.toString()))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("does not own journal.marks.v1");
	}

	@Test
	void aMalformedIdIsRefusedOnReadingSoItGoesToTheDeadLetterTopicAtOnce() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		((ObjectNode) example.get("data")).put("studentId", "not-a-uuid");
		assertThatThrownBy(() -> contracts.read("journal.marks.v1", example.toString()))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("studentId");
	}

	@Test
	void anIdInCapitalsIsAnIdAsTheContractsFormatReadsIt() throws IOException {
		ObjectNode example = (ObjectNode) example("journal.mark.posted");
		ObjectNode data = (ObjectNode) example.get("data");
		data.put("studentId", data.get("studentId").asString().toUpperCase(java.util.Locale.ROOT));
		assertThat(contracts.read("journal.marks.v1", example.toString()).type()).isEqualTo("journal.mark.posted");
		data.put("studentId", data.get("studentId").asString().replace('-', '_'));
		assertThatThrownBy(() -> contracts.read("journal.marks.v1", example.toString()))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("studentId");
	}

	@Test
	void aBrokenEnvelopeIsRefusedEvenForReaders() {
		assertThatThrownBy(() -> contracts.read("journal.marks.v1", "{\"specversion\":\"1.0\"}"))
			.isInstanceOf(InvalidEventException.class).hasMessageContaining("envelope");
		assertThatThrownBy(() -> contracts.read("journal.marks.v1", "not json")).hasMessageContaining("not JSON");
	}

	private JsonNode example(String type) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/events/examples/" + type + ".json")) {
			return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}
}
