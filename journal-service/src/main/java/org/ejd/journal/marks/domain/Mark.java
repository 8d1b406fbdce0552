package org.ejd.journal.marks.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A current mark in the journal. */
public record Mark(UUID id, UUID schoolId, UUID studentId, UUID classGroupId, UUID subjectId, UUID teacherId,
		MarkValue value, WorkType workType, double weight, LocalDate workDate, Instant enteredAt, boolean onTime,
		@Nullable String comment, long version, boolean deleted, boolean counted) {

	/** The mark after a correction: a new value, comment and place in the average, one version later. */
	public Mark corrected(MarkValue newValue, @Nullable String newComment, boolean countsInAverage) {
		return new Mark(id, schoolId, studentId, classGroupId, subjectId, teacherId, newValue, workType, weight, workDate,
				enteredAt, onTime, newComment, version + 1, false, countsInAverage);
	}

	/** The mark after a deletion: kept, marked deleted, one version later (J11: nothing is physically lost). */
	public Mark deletedMark() {
		return new Mark(id, schoolId, studentId, classGroupId, subjectId, teacherId, value, workType, weight, workDate,
				enteredAt, onTime, comment, version + 1, true, counted);
	}
}
