package org.ejd.diary.family;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.RepresentationEstablished;
import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link Family} from identity's topics. */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Family family;

	IdentityEvents(EventInbox inbox, Family family) {
		this.inbox = inbox;
		this.family = family;
	}

	@KafkaListener(id = "diary-identity", topics = { SchoolRegistered.TOPIC, StudentRegistered.TOPIC, RepresentationEstablished.TOPIC },
			batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		// a class's roster is some 125 events of persons and links: the records of a poll in one transaction (ADR 0109)
		inbox.receiveAll("diary.family", records, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (family.representations().apply(event)) {
			return;
		}
		switch (event.data()) {
			case SchoolRegistered s -> family.upsertSchool(s.schoolId(), s.name(), s.timeZone(), s.regionCode(), event.version());
			case StudentRegistered s -> family.upsertStudent(s.personId(), s.schoolId(), s.lastName(), s.firstName(),
					s.middleName(), s.birthDate(), event.version());
			default -> {
				// guardians' names are not shown in the diary
			}
		}
	}
}
