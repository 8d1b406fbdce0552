package org.ejd.notification.recipients;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.GuardianRegistered;
import org.ejd.contracts.identity.RepresentationEnded;
import org.ejd.contracts.identity.RepresentationEstablished;
import org.ejd.contracts.identity.SchoolRegistered;
import org.ejd.contracts.identity.StaffAppointed;
import org.ejd.contracts.identity.StudentRegistered;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link Recipients} from identity's topics: schools with their zones, students, guardians, who represents whom, staff roles. */
@Component
class IdentityEvents {

	private final EventInbox inbox;

	private final Recipients recipients;

	IdentityEvents(EventInbox inbox, Recipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@KafkaListener(id = "notification-identity",
			topics = { SchoolRegistered.TOPIC, StudentRegistered.TOPIC, RepresentationEstablished.TOPIC, StaffAppointed.TOPIC },
			batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		// a class's roster is some 125 events of persons and links: the records of a poll in one transaction (ADR 0109)
		inbox.receiveAll("notification.recipients", records, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case SchoolRegistered s -> recipients.upsertSchool(s.schoolId(), s.timeZone(), event.version());
			case StudentRegistered s -> recipients.upsertPerson(s.personId(), "STUDENT", s.schoolId(), s.firstName(), s.birthDate(),
					event.version());
			case GuardianRegistered g -> recipients.upsertPerson(g.personId(), "GUARDIAN", event.schoolId(), g.firstName(), null,
					event.version());
			case RepresentationEstablished r -> recipients.establish(r.representationId(), r.guardianId(), r.studentId(),
					r.validFrom(), r.validTo(), event.version());
			case RepresentationEnded r -> recipients.end(r.representationId(), r.guardianId(), r.studentId(), r.endedOn(),
					event.version());
			case StaffAppointed s -> recipients.staff(s.personId(), s.schoolId(), s.roles(), event.version());
			default -> {
				// staff, accounts, a student leaving: nothing to tell yet
			}
		}
	}
}
