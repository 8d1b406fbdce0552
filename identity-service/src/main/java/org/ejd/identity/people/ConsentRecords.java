package org.ejd.identity.people;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.consent.ConsentRecorded;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ConsentsOnFile} from consent-service's {@code consent.consent.recorded} (C4): the state after
 * each record, applied by envelope version. When a guardian's consent stops allowing processing (refused,
 * withdrawn), the SNILS kept under it is erased in the same transaction. Delivery-form changes on the same topic
 * are passed by.
 */
@Component
class ConsentRecords {

	private final EventInbox inbox;

	private final ConsentsOnFile consents;

	private final People people;

	ConsentRecords(EventInbox inbox, ConsentsOnFile consents, People people) {
		this.inbox = inbox;
		this.consents = consents;
		this.people = people;
	}

	@KafkaListener(id = "identity-consent-records", topics = ConsentRecorded.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("identity.consents", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ConsentRecorded c) {
			boolean applied = consents.record(c.personId(), c.state().processingAllowed(), c.state().status(), c.channel(),
					c.recordedAt(), event.version());
			if (applied && !c.state().processingAllowed()) {
				people.eraseSnils(c.personId());
			}
		}
	}
}
