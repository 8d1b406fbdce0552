package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link Family} from identity's topics. */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Family family;

	IdentityEvents(EventInbox inbox, Family family) {
		this.inbox = inbox;
		this.family = family;
	}

	@KafkaListener(id = "diary-identity", topics = { "identity.persons.v1", "identity.representations.v1" })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.family", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		JsonNode d = event.data();
		switch (event.type()) {
			case "identity.student.registered" -> family.upsertStudent(uuid(d, "personId"), uuid(d, "schoolId"),
					d.get("lastName").asString(), d.get("firstName").asString(), text(d, "middleName"), event.version());
			case "identity.representation.established" -> family.upsertRepresentation(uuid(d, "representationId"),
					uuid(d, "guardianId"), uuid(d, "studentId"), LocalDate.parse(d.get("validFrom").asString()),
					d.hasNonNull("validTo") ? LocalDate.parse(d.get("validTo").asString()) : null, event.version());
			case "identity.representation.ended" -> family.endRepresentation(uuid(d, "representationId"), uuid(d, "guardianId"),
					uuid(d, "studentId"), LocalDate.parse(d.get("endedOn").asString()), event.version());
			default -> {
				// guardians' names are not shown in the diary
			}
		}
	}

	private static UUID uuid(JsonNode data, String field) {
		return UUID.fromString(data.get(field).asString());
	}

	private static String text(JsonNode data, String field) {
		return data.hasNonNull(field) ? data.get(field).asString() : null;
	}
}
