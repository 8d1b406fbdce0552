package org.ejd.diary.marks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.PeriodDefined;
import org.ejd.contracts.journal.SchoolYearClosed;
import org.ejd.contracts.journal.SchoolYearReopened;
import org.ejd.diary.years.SchoolYears;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Periods} and the years' archive state from journal.periods.v1 (its grades go to the grades feature's own
 * listener).
 */
@Component
class JournalPeriodEvents {

	private final EventInbox inbox;

	private final Periods periods;

	private final SchoolYears years;

	JournalPeriodEvents(EventInbox inbox, Periods periods, SchoolYears years) {
		this.inbox = inbox;
		this.periods = periods;
		this.years = years;
	}

	@KafkaListener(id = "diary-periods", topics = PeriodDefined.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.periods", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case PeriodDefined p -> periods.upsert(p, event.version());
			case SchoolYearClosed y -> years.closed(y, event.version());
			case SchoolYearReopened y -> years.reopened(y, event.version());
			default -> {
				// grades: read by the grades feature
			}
		}
	}
}
