package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

/** A test in a class group's assessment plan (график контрольных работ, D5). */
public record AssessmentPlanned(UUID assessmentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
		LocalDate date, String title) implements JournalEvent {

	public static final String TYPE = "journal.assessment.planned";

	public static final String TOPIC = "journal.lessons.v1";
}
