package org.ejd.diary.regime;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.BellScheduleSet;
import org.ejd.contracts.journal.ClassShiftSet;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link BellSchedules} from journal.regime.v1. */
@Component
class JournalRegimeEvents {

	private final EventInbox inbox;

	private final BellSchedules schedules;

	JournalRegimeEvents(EventInbox inbox, BellSchedules schedules) {
		this.inbox = inbox;
		this.schedules = schedules;
	}

	@KafkaListener(id = "diary-regime", topics = BellScheduleSet.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.regime", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case BellScheduleSet b -> schedules.set(b.schoolId(), b.shift(), b.effectiveFrom(), b.lessons(), event.version(),
					event.time());
			case ClassShiftSet c -> schedules.classShift(c.schoolId(), c.classGroupId(), c.shift(), event.version(), event.time());
			default -> {
				// a type this build does not know yet
			}
		}
	}
}
