package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student attends a class group (class, subgroup, stream or individual plan) from a date, and to a date once it ends. */
public record StudentEnrolled(UUID enrolmentId, UUID studentId, UUID classGroupId, String classGroupName, String kind,
		String academicYear, UUID schoolId, LocalDate from, @Nullable LocalDate to) implements JournalEvent {

	public static final String TYPE = "journal.student.enrolled";

	public static final String TOPIC = "journal.enrolments.v1";
}
