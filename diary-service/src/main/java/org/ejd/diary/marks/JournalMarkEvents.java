package org.ejd.diary.marks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link DiaryMarks} from journal.marks.v1. */
@Component
class JournalMarkEvents {

	private final EventInbox inbox;

	private final DiaryMarks marks;

	JournalMarkEvents(EventInbox inbox, DiaryMarks marks) {
		this.inbox = inbox;
		this.marks = marks;
	}

	@KafkaListener(id = "diary-marks", topics = "journal.marks.v1")
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.marks", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		switch (event.type()) {
			case "journal.mark.posted", "journal.mark.corrected" -> upsert(event);
			case "journal.mark.deleted" -> marks.delete(uuid(event.data(), "markId"), uuid(event.data(), "studentId"),
					uuid(event.data(), "schoolId"), event.version());
			default -> {
				// a type this build does not know yet: nothing to show
			}
		}
	}

	private void upsert(EventEnvelope event) {
		JsonNode d = event.data();
		marks.upsert(new DiaryMarks.DiaryMark(uuid(d, "markId"), uuid(d, "studentId"), uuid(d, "schoolId"),
				uuid(d, "subjectId"), d.get("subjectName").asString(), d.get("value").asString(),
				d.hasNonNull("numericValue") ? d.get("numericValue").asInt() : null, d.get("scale").asString(),
				d.get("workType").asString(), d.get("weight").decimalValue(), LocalDate.parse(d.get("workDate").asString()),
				OffsetDateTime.parse(d.has("enteredAt") ? d.get("enteredAt").asString() : d.get("correctedAt").asString()),
				d.hasNonNull("comment") ? d.get("comment").asString() : null, event.version(),
				!d.has("countsInAverage") || d.get("countsInAverage").asBoolean()));
	}

	private static UUID uuid(JsonNode data, String field) {
		return UUID.fromString(data.get(field).asString());
	}
}
