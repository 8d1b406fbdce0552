package org.ejd.journal.directory;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.RepresentationEstablished;
import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the {@link Directory} from identity's topics (schools, people, staff, representations). */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Directory directory;

	IdentityEvents(EventInbox inbox, Directory directory) {
		this.inbox = inbox;
		this.directory = directory;
	}

	@KafkaListener(id = "journal-identity", topics = { SchoolRegistered.TOPIC, StudentRegistered.TOPIC, StaffAppointed.TOPIC,
			RepresentationEstablished.TOPIC },
			batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		// a class's roster is some 125 events of persons and links: the records of a poll in one transaction (ADR 0109)
		inbox.receiveAll("journal.directory", records, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (directory.representations().apply(event)) {
			return;
		}
		switch (event.data()) {
			case SchoolRegistered school -> directory.upsertSchool(school.schoolId(), school.name(), school.regionCode(),
					school.timeZone(), event.version());
			case StudentRegistered student -> directory.upsertStudent(student.personId(), student.schoolId(), student.lastName(),
					student.firstName(), event.version());
			case StaffAppointed staff -> directory.upsertStaff(staff.personId(), staff.schoolId(), staff.roles(), staff.lastName(),
					staff.firstName(), event.version());
			default -> {
				// other identity facts (guardians, accounts) are not the journal's business
			}
		}
	}
}
