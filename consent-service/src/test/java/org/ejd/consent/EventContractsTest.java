package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import org.ejd.consent.contacts.ContactEvents;
import org.ejd.consent.contacts.domain.Address;
import org.ejd.consent.contacts.domain.Contact;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.consent.contacts.domain.PendingVerification;
import org.ejd.consent.contacts.domain.VerificationCode;
import org.ejd.consent.delivery.DeliveryFormChanged;
import org.ejd.consent.delivery.domain.DeliveryForm;
import org.ejd.consent.delivery.domain.DeliveryFormRecord;
import org.ejd.consent.domain.Channel;
import org.ejd.consent.domain.FamilyMember;
import org.ejd.consent.preferences.PreferencesChanged;
import org.ejd.consent.preferences.domain.Delivery;
import org.ejd.consent.preferences.domain.InformationKind;
import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.consent.preferences.domain.Preferences;
import org.ejd.consent.preferences.domain.QuietHours;
import org.ejd.consent.records.ConsentRecorded;
import org.ejd.consent.records.domain.ConsentHistory;
import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.consent.records.domain.Decision;
import org.ejd.platform.events.EnvelopeWriter;
import org.ejd.platform.events.EventContracts;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.events.IntegrationEvent;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Both sides of consent's contracts, without servers: what we publish matches, and the canonical examples read. */
class EventContractsTest {

	/** As the service's mapper is configured (platform default spring.jackson.default-property-inclusion=non_null). */
	private final JsonMapper json = JsonMapper.builder()
		.changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private final EventContracts contracts = new EventContracts(json);

	private final EnvelopeWriter writer = new EnvelopeWriter(json, contracts, "/ejd/consent-service");

	private final Instant now = Instant.parse("2026-11-23T10:15:00Z");

	private final UUID student = UUID.randomUUID();

	private final UUID guardian = UUID.randomUUID();

	@ParameterizedTest
	@ValueSource(strings = { "consent.records.v1/consent.consent.recorded", "consent.records.v1/consent.delivery-form.changed",
			"consent.preferences.v1/consent.contact.verification-requested", "consent.preferences.v1/consent.contact.verified",
			"consent.preferences.v1/consent.preferences.changed" })
	void theCanonicalExampleMatchesItsSchema(String topicAndType) throws IOException {
		String topic = topicAndType.substring(0, topicAndType.indexOf('/'));
		String type = topicAndType.substring(topicAndType.indexOf('/') + 1);
		JsonNode example = example(type);
		contracts.validate(topic, example);
		assertThat(contracts.read(topic, example.toString()).type()).isEqualTo(type);
	}

	@Test
	void aRecordedConsentCarriesTheStateAConsumerDecidesOn() {
		ConsentRecord record = new ConsentRecord(UUID.randomUUID(), student, FamilyMember.Kind.STUDENT, guardian, Decision.WITHDRAWN,
				"2026-1", Channel.PAPER, UUID.randomUUID(), now, 4);
		ConsentRecorded event = ConsentRecorded.of(record, new ConsentHistory(java.util.List.of(record)).current(), UUID.randomUUID());
		JsonNode data = published(event);
		assertThat(data.get("decision").asString()).isEqualTo("withdrawn");
		assertThat(data.get("channel").asString()).isEqualTo("paper");
		assertThat(data.get("state").get("processingAllowed").asBoolean()).isFalse();
		assertThat(event.key()).isEqualTo(student.toString());
	}

	@Test
	void aPaperDeliveryFormMeansAWeeklyStatementAndNoEmailOrSmsAndLeavesTheReasonOut() {
		DeliveryFormRecord record = new DeliveryFormRecord(UUID.randomUUID(), guardian, DeliveryForm.PAPER, "Нет компьютера дома",
				Channel.PORTAL, guardian, now, 2);
		JsonNode data = published(DeliveryFormChanged.of(record, null));
		assertThat(data.get("form").asString()).isEqualTo("paper");
		assertThat(data.get("weeklyPrintedStatement").asBoolean()).isTrue();
		assertThat(data.get("electronicDeliveryAllowed").asBoolean()).isFalse();
		assertThat(data.toString()).doesNotContain("компьютера");
	}

	@Test
	void contactEventsCarryTheDestinationButDoNotPrintIt() {
		SecureRandom random = new SecureRandom();
		Contact pending = new Contact(UUID.randomUUID(), guardian, Address.parse(ContactChannel.SMS, "+79123456789"),
				Contact.Source.ELECTRONIC, Contact.Status.PENDING, now, null,
				new PendingVerification(VerificationCode.hash("482913", random), now.plusSeconds(900), 0));
		var requested = ContactEvents.VerificationRequested.of(pending,
				new ContactEvents.VerificationRequested.Message("ru", null, "Код подтверждения: 482913."), 5);
		JsonNode data = published(requested);
		assertThat(data.get("destination").asString()).isEqualTo("+79123456789");
		assertThat(data.get("message").get("text").asString()).contains("482913");
		assertThat(requested.toString()).doesNotContain("3456789").doesNotContain("482913");

		var verified = ContactEvents.ContactVerified.of(pending, now, "code", UUID.randomUUID(), 6);
		assertThat(published(verified).get("verifiedBy").asString()).isEqualTo("code");
		assertThat(verified.toString()).doesNotContain("3456789");
	}

	@Test
	void preferencesAreAlwaysCompleteWithQuietHoursAsHoursAndMinutes() {
		Preferences p = new Preferences(Map.of(InformationKind.MARKS,
				new Preferences.Setting(EnumSet.of(NotificationChannel.EMAIL), Delivery.DIGEST)),
				new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0)), ZoneId.of("Europe/Moscow"));
		JsonNode data = published(PreferencesChanged.of(guardian, student, p, now, 7, UUID.randomUUID()));
		assertThat(data.get("kinds").properties()).hasSize(9);
		assertThat(data.get("kinds").get("marks").get("delivery").asString()).isEqualTo("digest");
		assertThat(data.get("kinds").get("presence").get("channels").size()).as("off unless chosen").isZero();
		assertThat(data.get("quietHours").get("from").asString()).isEqualTo("21:00");
		assertThat(data.has("weeklyOn")).as("left to the school's day").isFalse();
	}

	@Test
	void aWeeklyDigestCarriesItsWeekdayAndTheRecipientsLanguage() {
		Preferences p = new Preferences(Map.of(InformationKind.RECOMMENDATIONS,
				new Preferences.Setting(EnumSet.of(NotificationChannel.APP), Delivery.WEEKLY)), null, ZoneId.of("Asia/Vladivostok"),
				java.time.DayOfWeek.SATURDAY, "en");
		JsonNode data = published(PreferencesChanged.of(guardian, student, p, now, 8, UUID.randomUUID()));
		assertThat(data.get("kinds").get("recommendations").get("delivery").asString()).isEqualTo("weekly");
		assertThat(data.get("weeklyOn").asString()).isEqualTo("saturday");
		assertThat(data.get("language").asString()).isEqualTo("en");
	}

	/** Through the platform's writer, which refuses what breaks the contract, as the outbox does. */
	private JsonNode published(IntegrationEvent event) {
		String wire = writer.write(event);
		EventEnvelope envelope = contracts.read(event.topic(), wire);
		assertThat(envelope.version()).isEqualTo(event.version());
		assertThat(envelope.subject()).isEqualTo(event.key());
		return envelope.data();
	}

	private JsonNode example(String type) throws IOException {
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("contracts/events/examples/" + type + ".json")) {
			assertThat(in).as("example of " + type).isNotNull();
			return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}
}
