package org.ejd.journal.access;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Who teaches what to which class group and when, by assignment or a substitute's day; the class
 * book, which keeps both, answers it.
 */
public interface TeachingAssignments {

	/** Whether the teacher teaches the subject to the class group on that day. */
	boolean teaches(UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate day);

	/** Whether the teacher teaches any subject to the class group on some day from {@code from} to {@code to}. */
	boolean teachesAnythingBetween(UUID teacherId, UUID classGroupId, LocalDate from, LocalDate to);
}
