package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The class teacher declined an absence note with the reason; attendance is unchanged. */
public record AbsenceNoteDeclined(UUID noteId, UUID schoolId, UUID studentId, LocalDate from, LocalDate to, UUID decidedBy,
		Instant decidedAt, String reason) implements JournalEvent {

	public static final String TYPE = "journal.absence-note.declined";

	public static final String TOPIC = "journal.absences.v1";
}
