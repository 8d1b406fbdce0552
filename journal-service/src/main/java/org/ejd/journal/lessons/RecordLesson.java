package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A teacher's request to record a lesson, with its topic and homework or without them yet. */
record RecordLesson(UUID classGroupId, UUID subjectId, LocalDate date, int periodNo, Lesson.Type type,
		@Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue, @Nullable String room) {
}
