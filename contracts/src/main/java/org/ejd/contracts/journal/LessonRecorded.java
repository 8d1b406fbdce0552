package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A lesson's whole current state: when, what, topic, type and homework (D3, D4) and where ({@code room}); a higher version replaces a lower one. */
public record LessonRecorded(UUID lessonId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName, UUID teacherId,
		LocalDate date, int periodNo, String lessonType, @Nullable String topic, @Nullable String homework,
		@Nullable LocalDate homeworkDue, boolean topicOnTime, @Nullable UUID substituteTeacherId, @Nullable LocalDate movedFromDate,
		@Nullable Integer movedFromPeriod, @Nullable String changeReason, @Nullable List<Attachment> attachments,
		@Nullable String teacherName, @Nullable String substituteTeacherName, @Nullable Boolean cancelled,
		@Nullable String cancellationReason, @Nullable String room) implements JournalEvent {

	public static final String TYPE = "journal.lesson.recorded";

	public static final String TOPIC = "journal.lessons.v1";

	/** A homework file with a signed download path relative to the gateway, valid for a limited time. */
	public record Attachment(UUID attachmentId, String fileName, String contentType, int sizeBytes, String href) {
	}
}
