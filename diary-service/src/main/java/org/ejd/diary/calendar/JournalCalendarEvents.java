package org.ejd.diary.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link DiaryCalendar} from journal's calendar and recommendation topics. */
@Component
class JournalCalendarEvents {

	private final EventInbox inbox;

	private final DiaryCalendar calendar;

	JournalCalendarEvents(EventInbox inbox, DiaryCalendar calendar) {
		this.inbox = inbox;
		this.calendar = calendar;
	}

	@KafkaListener(id = "diary-calendar", topics = { "journal.calendar.v1", "journal.recommendations.v1" })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.calendar", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		JsonNode d = event.data();
		switch (event.type()) {
			case "journal.school-event.published" -> calendar.event(uuid(d, "schoolEventId"), uuid(d, "schoolId"),
					d.get("title").asString(), text(d, "description"), date(d, "startsOn"), date(d, "endsOn"), text(d, "place"),
					d.get("scope").asString());
			case "journal.holiday.defined" -> calendar.holiday(uuid(d, "holidayId"), uuid(d, "schoolId"), d.get("name").asString(),
					date(d, "startDate"), date(d, "endDate"));
			case "journal.recommendation.given" -> calendar.recommendation(uuid(d, "recommendationId"), uuid(d, "studentId"),
					d.get("subjectName").asString(), d.get("text").asString(), Instant.parse(d.get("givenAt").asString()));
			default -> {
				// a type this build does not know yet
			}
		}
	}

	private static UUID uuid(JsonNode d, String field) {
		return UUID.fromString(d.get(field).asString());
	}

	private static LocalDate date(JsonNode d, String field) {
		return LocalDate.parse(d.get(field).asString());
	}

	private static String text(JsonNode d, String field) {
		return d.hasNonNull(field) ? d.get(field).asString() : null;
	}
}
