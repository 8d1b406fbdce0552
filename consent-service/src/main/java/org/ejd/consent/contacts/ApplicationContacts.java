package org.ejd.consent.contacts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.contracts.identity.ApplicationContactsGiven;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Seed 000, C3: the email and mobile number a regional portal passed with an access application (identity's
 * {@code identity.application.contacts-given}) become the person's contacts to verify, each sent a code.
 */
@Component
class ApplicationContacts {

	private final EventInbox inbox;

	private final ContactBook book;

	ApplicationContacts(EventInbox inbox, ContactBook book) {
		this.inbox = inbox;
		this.book = book;
	}

	@KafkaListener(id = "consent-applications", topics = ApplicationContactsGiven.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("consent.applications", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ApplicationContactsGiven given) {
			if (given.email() != null) {
				book.givenWithApplication(given.personId(), ContactChannel.EMAIL, given.email());
			}
			if (given.phone() != null) {
				book.givenWithApplication(given.personId(), ContactChannel.SMS, given.phone());
			}
		}
	}
}
