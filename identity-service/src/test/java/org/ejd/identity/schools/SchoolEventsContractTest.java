package org.ejd.identity.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.ejd.platform.events.EnvelopeWriter;
import org.ejd.platform.events.EventContracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What identity publishes on identity.schools.v1 matches its contract, and so does the canonical example. */
class SchoolEventsContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventContracts contracts = new EventContracts(json);

	private final EnvelopeWriter writer = new EnvelopeWriter(json, contracts, "/ejd/identity-service");

	@Test
	void aRegisteredSchoolStillCarriesRegionCodeAndMunicipalityNameAndNowTheMunicipalityId() {
		UUID municipality = UUID.randomUUID();
		School school = new School(UUID.randomUUID(), "МБОУ СОШ № 3", null, "39", municipality, "городской округ «Город Калининград»",
				"Europe/Kaliningrad", 1);
		JsonNode data = json.readTree(writer.write(new SchoolRegistered(school, java.time.Instant.parse("2026-09-01T06:00:00Z")))).get("data");
		assertThat(data.get("regionCode").asString()).isEqualTo("39");
		assertThat(data.get("municipality").asString()).isEqualTo("городской округ «Город Калининград»");
		assertThat(data.get("municipalityId").asString()).isEqualTo(municipality.toString());
		assertThat(data.get("timeZone").asString()).isEqualTo("Europe/Kaliningrad");
	}

	@Test
	void theCanonicalExampleMatchesItsSchemaAndAnEventWithoutMunicipalityIdStaysValid() throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/events/examples/identity.school.registered.json")) {
			assertThat(in).isNotNull();
			JsonNode envelope = json.readTree(in);
			contracts.validate("identity.schools.v1", envelope);
			assertThat(contracts.read("identity.schools.v1", envelope.toString()).type()).isEqualTo("identity.school.registered");
			// events published before municipalities existed have no id
			((ObjectNode) envelope.get("data")).remove("municipalityId");
			contracts.validate("identity.schools.v1", envelope);
			assertThat(envelope.get("data").has("municipality")).isTrue();
		}
	}
}
