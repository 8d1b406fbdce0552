package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The class teacher accepted an absence note: its days' absences are excused (as journal.attendance.recorded). */
public record AbsenceNoteAccepted(UUID noteId, UUID schoolId, UUID studentId, LocalDate from, LocalDate to, UUID decidedBy,
		Instant decidedAt, int excusedLessons, @Nullable String comment) implements JournalEvent {

	public static final String TYPE = "journal.absence-note.accepted";

	public static final String TOPIC = "journal.absences.v1";
}
