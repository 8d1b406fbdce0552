package org.ejd.diary.grades;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.platform.events.EventEnvelope;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/** Feeds {@link DiaryGrades} from journal.periods.v1. */
@Component
class JournalGradeEvents {

	private final EventInbox inbox;

	private final DiaryGrades grades;

	JournalGradeEvents(EventInbox inbox, DiaryGrades grades) {
		this.inbox = inbox;
		this.grades = grades;
	}

	@KafkaListener(id = "diary-grades", topics = "journal.periods.v1")
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.grades", record, this::apply);
	}

	private void apply(EventEnvelope event) {
		if (!"journal.grade.recorded".equals(event.type())) {
			return; // period definitions: the grade carries the period's name
		}
		JsonNode d = event.data();
		grades.upsert(new DiaryGrades.GradeView(UUID.fromString(d.get("gradeId").asString()),
				UUID.fromString(d.get("studentId").asString()), d.get("subjectName").asString(),
				UUID.fromString(d.get("periodId").asString()), d.get("periodName").asString(), d.get("academicYear").asString(),
				d.get("kind").asString(), d.hasNonNull("value") ? d.get("value").asString() : null,
				d.hasNonNull("deferredUntil") ? LocalDate.parse(d.get("deferredUntil").asString()) : null,
				d.hasNonNull("deferralReason") ? d.get("deferralReason").asString() : null), event.version());
	}
}
