package org.ejd.diary.portal;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.EsiaIdRecorded;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link PortalLinks} with the ESIA ids schools record for pupils and teachers (identity.persons.v1,
 * {@code identity.person.esia-id-recorded}, ADR 0021): how FGIS finds a pupil under 14 or a teacher.
 */
@Component
class RecordedEsiaIds {

	private final EventInbox inbox;

	private final PortalLinks links;

	RecordedEsiaIds(EventInbox inbox, PortalLinks links) {
		this.inbox = inbox;
		this.links = links;
	}

	@KafkaListener(id = "diary-esia-ids", topics = EsiaIdRecorded.TOPIC,
			batch = "true", containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		// every person a roster import registers is on this topic: the records of a poll in one transaction (ADR 0109)
		inbox.receiveAll("diary.esia-ids", records, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof EsiaIdRecorded recorded) {
			links.recorded(recorded.personId(), recorded.esiaId(), event.version(), event.time());
		}
	}
}
