package org.ejd.diary.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.HolidayDefined;
import org.ejd.contracts.journal.RecommendationGiven;
import org.ejd.contracts.journal.SchoolEventPublished;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link DiaryCalendar} from journal's calendar and recommendation topics. */
@Component
class JournalCalendarEvents {

	private final EventInbox inbox;

	private final DiaryCalendar calendar;

	JournalCalendarEvents(EventInbox inbox, DiaryCalendar calendar) {
		this.inbox = inbox;
		this.calendar = calendar;
	}

	@KafkaListener(id = "diary-calendar", topics = { SchoolEventPublished.TOPIC, RecommendationGiven.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.calendar", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		switch (event.data()) {
			case SchoolEventPublished e -> calendar.event(e.schoolEventId(), e.schoolId(), e.title(), e.description(), e.startsOn(),
					e.endsOn(), e.place(), e.scope());
			case HolidayDefined h -> calendar.holiday(h.holidayId(), h.schoolId(), h.name(), h.startDate(), h.endDate());
			case RecommendationGiven r -> calendar.recommendation(r.recommendationId(), r.studentId(), r.subjectName(), r.text(),
					r.givenAt());
			default -> {
				// a type this build does not know yet
			}
		}
	}
}
