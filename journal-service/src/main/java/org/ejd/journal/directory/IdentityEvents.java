package org.ejd.journal.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds the {@link Directory} from identity's topics. */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Directory directory;

	IdentityEvents(EventInbox inbox, Directory directory) {
		this.inbox = inbox;
		this.directory = directory;
	}

	@KafkaListener(id = "journal-identity", topics = { "identity.schools.v1", "identity.persons.v1", "identity.staff.v1" })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("journal.directory", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		JsonNode data = event.data();
		switch (event.type()) {
			case "identity.school.registered" -> directory.upsertSchool(uuid(data, "schoolId"), data.get("name").asString(),
					data.get("regionCode").asString(), event.version());
			case "identity.student.registered" -> directory.upsertStudent(uuid(data, "personId"), uuid(data, "schoolId"),
					data.get("lastName").asString(), data.get("firstName").asString(), event.version());
			case "identity.staff.appointed" -> {
				List<String> roles = new ArrayList<>();
				data.get("roles").forEach(role -> roles.add(role.asString()));
				directory.upsertStaff(uuid(data, "personId"), uuid(data, "schoolId"), roles, data.get("lastName").asString(),
						data.get("firstName").asString(), event.version());
			}
			default -> {
				// other identity facts (guardians) are not the journal's business
			}
		}
	}

	private static UUID uuid(JsonNode data, String field) {
		return UUID.fromString(data.get(field).asString());
	}
}
