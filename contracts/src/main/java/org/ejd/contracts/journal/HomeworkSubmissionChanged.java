package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student's homework changed state: done, handed in, returned or marked (ADR 0044); the diary shows the newest. */
public record HomeworkSubmissionChanged(UUID submissionId, UUID lessonId, UUID studentId, UUID schoolId, UUID classGroupId,
		UUID subjectId, String state, Instant changedAt, UUID changedBy, @Nullable LocalDate homeworkDue,
		@Nullable Instant handedInAt, @Nullable String comment, @Nullable UUID markId, @Nullable String markValue)
		implements JournalEvent {

	public static final String TYPE = "journal.homework-submission.changed";

	public static final String TOPIC = "journal.marks.v1";
}
