package org.ejd.notification.recipients;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.StudentEnrolled;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link Recipients} with the journal's class lists: which students a lesson's homework concerns. */
@Component
class JournalRosters {

	private final EventInbox inbox;

	private final Recipients recipients;

	JournalRosters(EventInbox inbox, Recipients recipients) {
		this.inbox = inbox;
		this.recipients = recipients;
	}

	@KafkaListener(id = "notification-rosters", topics = StudentEnrolled.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.rosters", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof StudentEnrolled e) {
			recipients.enrolled(e.enrolmentId(), e.studentId(), e.classGroupId(), e.from(), e.to(), event.version());
		}
	}
}
