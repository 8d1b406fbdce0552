package org.ejd.journal.marks;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.oneroster.ResultSubmitted;
import org.ejd.contracts.oneroster.ResultWithdrawn;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Results OneRoster clients put (oneroster.results.v1) become marks through the mark book's own rules (ADR 0042), and
 * results they delete delete those marks (ADR 0046). A
 * result the journal refuses (client not bound to the school, nobody teaching, student not enrolled, closed period...)
 * is not written; after the retries it lands on the dead-letter topic with the refusal as the reason.
 */
@Component
class ResultsFromOneRoster {

	private final EventInbox inbox;

	private final MarkBook book;

	ResultsFromOneRoster(EventInbox inbox, MarkBook book) {
		this.inbox = inbox;
		this.book = book;
	}

	@KafkaListener(id = "journal-oneroster", topics = ResultSubmitted.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("journal.oneroster", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ResultSubmitted result) {
			book.enterForTeacher(new MarkBook.EnterForTeacher(result.markId(), result.clientId(), result.schoolId(),
					new PostMark(result.studentId(), result.classGroupId(), result.subjectId(), result.value(),
							WorkType.valueOf(result.workType().toUpperCase(java.util.Locale.ROOT)), result.workDate(), null,
							result.comment())));
		}
		else if (event.data() instanceof ResultWithdrawn withdrawn) {
			book.deleteForTeacher(withdrawn.markId(), withdrawn.clientId(), withdrawn.schoolId());
		}
	}
}
