package org.ejd.identity.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.ejd.identity.accounts.AccountEvents.Changed.Change;
import org.ejd.platform.events.EnvelopeWriter;
import org.ejd.platform.events.EventContracts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What identity publishes on identity.accounts.v1 matches its contract, and so do the canonical examples. */
class AccountEventsContractTest {

	private final JsonMapper json = JsonMapper.builder().build();

	private final EventContracts contracts = new EventContracts(json);

	private final EnvelopeWriter writer = new EnvelopeWriter(json, contracts, "/ejd/identity-service");

	private final UUID person = UUID.randomUUID();

	private final UUID school = UUID.randomUUID();

	@Test
	void anOpenedAccountCarriesRolesSchoolsAndHowItWasOpenedButNoCredentials() {
		String wire = writer.write(new AccountEvents.Opened(UUID.randomUUID(), Instant.now(), person, school, "guardian",
				List.of("guardian"), Set.of(school), Account.Via.ACCESS_CODE.wire(), 3));
		JsonNode envelope = json.readTree(wire);
		assertThat(envelope.get("type").asString()).isEqualTo("identity.account.opened");
		assertThat(envelope.get("subject").asString()).isEqualTo(person.toString());
		assertThat(envelope.get("version").asLong()).isEqualTo(3);
		assertThat(envelope.get("data").get("via").asString()).isEqualTo("access-code");
		assertThat(envelope.get("data").get("schoolIds").get(0).asString()).isEqualTo(school.toString());
	}

	@Test
	void everyAccountChangeHasItsTypeAndCarriesOnlyThePerson() {
		for (Change change : Change.values()) {
			JsonNode envelope = json.readTree(writer.write(new AccountEvents.Changed(UUID.randomUUID(), Instant.now(), person,
					school, change, 2)));
			assertThat(envelope.get("type").asString()).isEqualTo("identity.account." + change.wire());
			assertThat(envelope.get("data").size()).isEqualTo(1);
		}
	}

	@Test
	void aPortalLinkNamesThePortalClientItsUserAndTheEsiaIdButAnUnlinkNoEsiaId() {
		JsonNode linked = json.readTree(writer.write(new AccountEvents.Changed(UUID.randomUUID(), Instant.now(), person, school,
				Change.PORTAL_LINKED, 2, new AccountEvents.Changed.PortalAccount("ejd-portal", "portal-user-7", "1000321987"))));
		assertThat(linked.get("data").get("portalClientId").asString()).isEqualTo("ejd-portal");
		assertThat(linked.get("data").get("portalUserId").asString()).isEqualTo("portal-user-7");
		assertThat(linked.get("data").get("esiaId").asString()).isEqualTo("1000321987");
		JsonNode unlinked = json.readTree(writer.write(new AccountEvents.Changed(UUID.randomUUID(), Instant.now(), person, school,
				Change.PORTAL_UNLINKED, 3, new AccountEvents.Changed.PortalAccount("ejd-portal", "portal-user-7", null))));
		assertThat(unlinked.get("data").has("esiaId")).isFalse();
		assertThat(unlinked.get("data").get("portalUserId").asString()).isEqualTo("portal-user-7");
	}

	@Test
	void theCanonicalExamplesMatchTheirSchemas() throws IOException {
		for (String example : List.of("identity.account.opened", "identity.account.locked", "identity.account.portal-linked", "identity.account.portal-unlinked")) {
			try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/events/examples/" + example + ".json")) {
				assertThat(in).as(example).isNotNull();
				JsonNode envelope = json.readTree(in);
				contracts.validate("identity.accounts.v1", envelope);
				assertThat(contracts.read("identity.accounts.v1", envelope.toString()).type()).isEqualTo(example);
			}
		}
	}
}
