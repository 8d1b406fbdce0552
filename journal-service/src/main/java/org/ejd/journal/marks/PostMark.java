package org.ejd.journal.marks;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.marks.domain.WorkType;
import org.jspecify.annotations.Nullable;

/** A teacher's request to post a mark; {@code submissionId} names the handed-in homework it marks (ADR 0044), or is null. */
public record PostMark(UUID studentId, UUID classGroupId, UUID subjectId, String value, WorkType workType,
		LocalDate workDate, @Nullable Double weight, @Nullable String comment, @Nullable String reason, @Nullable UUID submissionId) {

	public PostMark(UUID studentId, UUID classGroupId, UUID subjectId, String value, WorkType workType, LocalDate workDate,
			@Nullable Double weight, @Nullable String comment, @Nullable String reason) {
		this(studentId, classGroupId, subjectId, value, workType, workDate, weight, comment, reason, null);
	}

	public PostMark(UUID studentId, UUID classGroupId, UUID subjectId, String value, WorkType workType, LocalDate workDate,
			@Nullable Double weight, @Nullable String comment) {
		this(studentId, classGroupId, subjectId, value, workType, workDate, weight, comment, null);
	}
}
