package org.ejd.journal.directory;

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
			RepresentationEstablished.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("journal.directory", record, this::apply);
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
