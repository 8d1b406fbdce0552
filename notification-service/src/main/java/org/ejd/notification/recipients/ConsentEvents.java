package org.ejd.notification.recipients;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.consent.ConsentRecorded;
import org.ejd.contracts.consent.ContactVerified;
import org.ejd.contracts.consent.DeliveryFormChanged;
import org.ejd.contracts.consent.PreferencesChanged;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Recipients} from consent's topics. Verification requests on the same topic are the
 * {@code verification} feature's, under its own consumer name.
 */
@Component
class ConsentEvents {

	private final EventInbox inbox;

	private final Recipients recipients;

	ConsentEvents(EventInbox inbox, Recipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@KafkaListener(id = "notification-consent", topics = { ConsentRecorded.TOPIC, PreferencesChanged.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.consent", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case ConsentRecorded c -> recipients.consent(c.personId(), c.state().processingAllowed(), event.version());
			case DeliveryFormChanged f -> recipients.deliveryForm(f.personId(), f.form(), event.version());
			case ContactVerified c -> recipients.contactVerified(c.personId(), c.channel(), c.contactId(), c.destination(),
					c.maskedDestination(), event.version());
			case PreferencesChanged p -> recipients.preferences(p, event.version());
			default -> {
				// verification requests: the verification feature's; types added later: nothing to keep
			}
		}
	}
}
