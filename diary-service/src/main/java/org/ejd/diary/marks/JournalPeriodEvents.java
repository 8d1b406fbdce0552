package org.ejd.diary.marks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link Periods} from journal.periods.v1 (its grades go to the grades feature's own listener). */
@Component
class JournalPeriodEvents {

	private final EventInbox inbox;

	private final Periods periods;

	JournalPeriodEvents(EventInbox inbox, Periods periods) {
		this.inbox = inbox;
		this.periods = periods;
	}

	@KafkaListener(id = "diary-periods", topics = PeriodDefined.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.periods", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case PeriodDefined p -> periods.upsert(p, event.version());
			default -> {
				// grades: read by the grades feature
			}
		}
	}
}
