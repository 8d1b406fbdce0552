package org.ejd.consent.contacts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.notification.ContactBounced;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** C3: a contact notification-service could not deliver to for good is no longer offered as verified. */
@Component
class NotificationEvents {

	private final EventInbox inbox;

	private final Contacts contacts;

	NotificationEvents(EventInbox inbox, Contacts contacts) {
		this.inbox = inbox;
		this.contacts = contacts;
	}

	@KafkaListener(id = "consent-notification", topics = ContactBounced.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("consent.contacts", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ContactBounced bounced) {
			contacts.bounced(bounced.contactId(), bounced.personId());
		}
	}
}
