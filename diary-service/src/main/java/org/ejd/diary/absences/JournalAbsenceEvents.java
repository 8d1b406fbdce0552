package org.ejd.diary.absences;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.ejd.contracts.journal.AbsenceNoteFiled;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link AbsenceNotes} from journal.absences.v1. */
@Component
class JournalAbsenceEvents {

	private final EventInbox inbox;

	private final AbsenceNotes notes;

	JournalAbsenceEvents(EventInbox inbox, AbsenceNotes notes) {
		this.inbox = inbox;
		this.notes = notes;
	}

	@KafkaListener(id = "diary-absence-notes", topics = AbsenceNoteFiled.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.absence-notes", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case AbsenceNoteFiled f -> notes.filed(f);
			case AbsenceNoteAccepted a -> notes.accepted(a, event.version());
			case AbsenceNoteDeclined d -> notes.declined(d, event.version());
			default -> {
				// nothing else on this topic
			}
		}
	}
}
