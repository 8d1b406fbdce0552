package org.ejd.diary.marks;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.journal.HomeworkSubmissionChanged;
import org.ejd.contracts.journal.MarkCorrected;
import org.ejd.contracts.journal.MarkDeleted;
import org.ejd.contracts.journal.MarkPosted;
import org.ejd.diary.lessons.HomeworkStates;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds {@link DiaryMarks} and the homework states ({@link HomeworkStates}, ADR 0044) from journal.marks.v1. */
@Component
class JournalMarkEvents {

	private final EventInbox inbox;

	private final DiaryMarks marks;

	private final HomeworkStates homework;

	JournalMarkEvents(EventInbox inbox, DiaryMarks marks, HomeworkStates homework) {
		this.inbox = inbox;
		this.marks = marks;
		this.homework = homework;
	}

	/**
	 * The busiest topic (FreshnessBenchmark): the records of a poll in one transaction. One consumer by default reads
	 * every partition of journal.marks.v1, so a class's marks, spread over the partitions by student, are one poll and
	 * one transaction, not one a partition (ADR 0103); {@code ejd.diary.marks.consumers} runs more on a box with cores
	 * to spare, at most one a partition.
	 */
	@KafkaListener(id = "diary-marks", topics = MarkPosted.TOPIC, batch = "true", concurrency = "${ejd.diary.marks.consumers:1}",
			containerPostProcessor = EventInbox.BATCH_ACKS)
	void on(List<ConsumerRecord<String, String>> records) {
		inbox.receiveAll("diary.marks", records, Poll::new);
	}

	/**
	 * The events of one transaction: new and corrected states wait and are upserted together, in their order, before the
	 * commit (one JDBC batch instead of a statement per mark: issue 13, ADR 0083); any other write first upserts what waits,
	 * so it reads and writes after the states before it, as if each event were applied at once.
	 */
	private final class Poll implements EventInbox.BatchHandler {

		private final List<DiaryMarks.DiaryMark> states = new ArrayList<>();

		@Override
		public void accept(ReceivedEvent event) {
			switch (event.data()) {
				case MarkPosted m -> states.add(new DiaryMarks.DiaryMark(m.markId(), m.studentId(), m.schoolId(), m.subjectId(),
						m.subjectName(), m.value(), m.numericValue(), m.scale(), m.workType(), m.weight(), m.workDate(),
						m.enteredAt().atOffset(ZoneOffset.UTC), m.comment(), event.version(), counts(m.countsInAverage()),
						event.time().atOffset(ZoneOffset.UTC)));
				case MarkCorrected m -> {
					beforeCommit();
					marks.recordChange(m.markId(), m.studentId(), event.version(), "corrected", m.value(), m.correctedAt(), m.reason());
					states.add(new DiaryMarks.DiaryMark(m.markId(), m.studentId(), m.schoolId(), m.subjectId(),
						m.subjectName(), m.value(), m.numericValue(), m.scale(), m.workType(), m.weight(), m.workDate(),
						m.correctedAt().atOffset(ZoneOffset.UTC), m.comment(), event.version(), counts(m.countsInAverage()),
						event.time().atOffset(ZoneOffset.UTC)));
				}
				case MarkDeleted m -> {
					beforeCommit();
					marks.recordChange(m.markId(), m.studentId(), event.version(), "deleted", null, m.deletedAt(), m.reason());
					marks.delete(m.markId(), m.studentId(), m.schoolId(), event.version(), event.time());
				}
				case HomeworkSubmissionChanged h -> {
					beforeCommit();
					homework.record(h, event.version());
				}
				default -> {
					// a type this build does not know yet: nothing to show
				}
			}
		}

		/** Upserts the states that wait. */
		@Override
		public void beforeCommit() {
			List<DiaryMarks.DiaryMark> waiting = List.copyOf(states);
			states.clear();
			marks.upsertAll(waiting);
		}
	}

	/** Marks published before the field existed all count. */
	private static boolean counts(Boolean countsInAverage) {
		return countsInAverage == null || countsInAverage;
	}
}
