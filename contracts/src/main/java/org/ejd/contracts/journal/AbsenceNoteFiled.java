package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A guardian filed an absence note (planned or the excuse of a past absence); the class teacher decides it. */
public record AbsenceNoteFiled(UUID noteId, UUID schoolId, UUID studentId, UUID classGroupId, String kind, LocalDate from, LocalDate to,
		@Nullable List<Integer> lessonNumbers, String reason, UUID filedBy, Instant filedAt) implements JournalEvent {

	public static final String TYPE = "journal.absence-note.filed";

	public static final String TOPIC = "journal.absences.v1";
}
