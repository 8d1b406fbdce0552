package org.ejd.diary.grades;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.GradeRecorded;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link DiaryGrades} from journal.periods.v1. */
@Component
class JournalGradeEvents {

	private final EventInbox inbox;

	private final DiaryGrades grades;

	JournalGradeEvents(EventInbox inbox, DiaryGrades grades) {
		this.inbox = inbox;
		this.grades = grades;
	}

	@KafkaListener(id = "diary-grades", topics = GradeRecorded.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("diary.grades", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof GradeRecorded g) {
			grades.upsert(new DiaryGrades.GradeView(g.gradeId(), g.studentId(), g.subjectName(), g.periodId(), g.periodName(),
					g.academicYear(), g.kind(), g.value(), g.deferredUntil(), g.deferralReason(), null), g.schoolId(), event.version());
		}
		// period definitions: the grade carries the period's name
	}
}
