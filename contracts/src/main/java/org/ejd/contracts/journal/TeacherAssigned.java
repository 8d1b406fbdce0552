package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A teacher teaches a subject to a class group from a date (D5: the class's teachers). */
public record TeacherAssigned(UUID assignmentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
		UUID teacherId, String teacherName, LocalDate from, @Nullable LocalDate to) implements JournalEvent {

	public static final String TYPE = "journal.teacher.assigned";

	public static final String TOPIC = "journal.teaching.v1";
}
