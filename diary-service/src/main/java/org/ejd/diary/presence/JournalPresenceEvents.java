package org.ejd.diary.presence;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.SchoolPassRecorded;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link PresenceBook} from journal.presence.v1. */
@Component
class JournalPresenceEvents {

	private final EventInbox inbox;

	private final PresenceBook book;

	JournalPresenceEvents(EventInbox inbox, PresenceBook book) {
		this.inbox = inbox;
		this.book = book;
	}

	@KafkaListener(id = "diary-presence", topics = SchoolPassRecorded.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.presence", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof SchoolPassRecorded pass) {
			book.add(pass);
		}
		// another type on the topic: one this build does not know yet
	}
}
