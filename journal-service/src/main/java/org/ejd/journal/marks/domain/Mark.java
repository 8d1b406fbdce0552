package org.ejd.journal.marks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A current mark in the journal. */
public record Mark(UUID id, UUID schoolId, UUID studentId, UUID classGroupId, UUID subjectId, UUID teacherId,
		MarkValue value, WorkType workType, double weight, LocalDate workDate, Instant enteredAt, boolean onTime,
		@Nullable String comment, long version) {
}
