package org.ejd.diary.consent;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.consent.ConsentRecorded;
import org.ejd.contracts.consent.DeliveryFormChanged;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link Consents} and {@link DeliveryForms} from consent.records.v1. */
@Component
class ConsentEvents {

	private final EventInbox inbox;

	private final Consents consents;

	private final DeliveryForms forms;

	ConsentEvents(EventInbox inbox, Consents consents, DeliveryForms forms) {
		this.inbox = inbox;
		this.consents = consents;
		this.forms = forms;
	}

	@KafkaListener(id = "diary-consent", topics = ConsentRecorded.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.consent", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case ConsentRecorded c -> consents.record(c.personId(), c.state().status(), c.state().processingAllowed(), c.state().since(),
					event.version(), event.time());
			case DeliveryFormChanged f -> forms.record(f.personId(), f.form(), f.weeklyPrintedStatement(), f.changedAt(),
					event.version(), event.time());
			default -> {
				// a type this build does not know yet
			}
		}
	}
}
