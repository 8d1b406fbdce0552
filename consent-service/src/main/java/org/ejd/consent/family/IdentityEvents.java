package org.ejd.consent.family;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link Family} from identity's topics; names are not kept: consent-service never shows them. */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Family family;

	IdentityEvents(EventInbox inbox, Family family) {
		this.inbox = inbox;
		this.family = family;
	}

	@KafkaListener(id = "consent-identity", topics = { "identity.schools.v1", "identity.persons.v1", "identity.representations.v1" })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("consent.family", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		JsonNode d = event.data();
		switch (event.type()) {
			case "identity.school.registered" -> family.upsertSchool(uuid(d, "schoolId"), d.get("regionCode").asString(),
					event.version());
			case "identity.student.registered" -> family.upsertStudent(uuid(d, "personId"), uuid(d, "schoolId"),
					date(d, "birthDate"), event.version());
			case "identity.guardian.registered" -> family.upsertGuardian(uuid(d, "personId"), event.schoolid(), event.version());
			case "identity.representation.established" -> family.establish(uuid(d, "representationId"), uuid(d, "guardianId"),
					uuid(d, "studentId"), date(d, "validFrom"), d.hasNonNull("validTo") ? date(d, "validTo") : null, event.version());
			case "identity.representation.ended" -> family.end(uuid(d, "representationId"), uuid(d, "guardianId"),
					uuid(d, "studentId"), date(d, "endedOn"), event.version());
			default -> {
				// a type added later on these topics: nothing consent-service needs yet
			}
		}
	}

	private static UUID uuid(JsonNode data, String field) {
		return UUID.fromString(data.get(field).asString());
	}

	private static LocalDate date(JsonNode data, String field) {
		return LocalDate.parse(data.get(field).asString());
	}
}
