package org.ejd.identity.contacts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.consent.ContactVerified;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ContactsOnFile} from consent's contacts: only {@code consent.contact.verified}, and of it
 * only the channel and the masked address. The other types of the topic (verification requests with
 * their codes, preferences) are passed by without being kept.
 */
@Component
class ConsentEvents {

	private final EventInbox inbox;

	private final ContactsOnFile contacts;

	ConsentEvents(EventInbox inbox, ContactsOnFile contacts) {
		this.inbox = inbox;
		this.contacts = contacts;
	}

	@KafkaListener(id = "identity-consent", topics = ContactVerified.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("identity.contacts", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ContactVerified c) {
			contacts.verified(c.personId(), c.channel(), c.contactId(), c.maskedDestination(), c.verifiedAt(), event.version());
		}
	}
}
