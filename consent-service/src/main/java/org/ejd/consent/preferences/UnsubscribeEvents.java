package org.ejd.consent.preferences;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.consent.preferences.domain.InformationKind;
import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.contracts.notification.Unsubscribed;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** N2: a one-click unsubscribe (RFC 8058) in notification-service becomes part of the preferences consent owns. */
@Component
class UnsubscribeEvents {

	private final EventInbox inbox;

	private final PreferenceBook book;

	UnsubscribeEvents(EventInbox inbox, PreferenceBook book) {
		this.inbox = inbox;
		this.book = book;
	}

	@KafkaListener(id = "consent-unsubscribes", topics = Unsubscribed.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("consent.unsubscribes", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof Unsubscribed u) {
			InformationKind.ofWire(u.kind()).ifPresent(kind -> book.unsubscribed(u.personId(), u.studentId(), kind,
					NotificationChannel.ofWire(u.channel())));
		}
	}
}
