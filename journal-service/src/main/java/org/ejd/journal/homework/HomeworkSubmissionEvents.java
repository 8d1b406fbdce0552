package org.ejd.journal.homework;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.journal.HomeworkSubmissionChanged;
import org.ejd.journal.lessons.Lesson;
import org.ejd.platform.events.IntegrationEvent;

/**
 * journal.homework-submission.changed on journal.marks.v1, keyed by student like the marks (a "marked" state and its mark
 * arrive in order): the diary shows each homework's state. It carries its wire record, the one mapping.
 */
final class HomeworkSubmissionEvents {

	private HomeworkSubmissionEvents() {
	}

	static Changed changed(HomeworkSubmission s, Lesson lesson) {
		return new Changed(UUID.randomUUID(), s.changedAt(), s.version(),
				new HomeworkSubmissionChanged(s.id(), s.lessonId(), s.studentId(), s.schoolId(), s.classGroupId(), s.subjectId(),
						s.state().wire(), s.changedAt(), s.changedBy(), lesson.homeworkDue(), s.handedInAt(),
						s.state() == HomeworkSubmission.State.RETURNED ? s.returnComment() : null, s.markId(), s.markValue()));
	}

	record Changed(UUID eventId, Instant occurredAt, long version, HomeworkSubmissionChanged data) implements IntegrationEvent {
		@Override public String topic() { return HomeworkSubmissionChanged.TOPIC; }
		@Override public String type() { return HomeworkSubmissionChanged.TYPE; }
		@Override public String key() { return data.studentId().toString(); }
		@Override public String subject() { return data.submissionId().toString(); }
		@Override public UUID schoolId() { return data.schoolId(); }
	}
}
