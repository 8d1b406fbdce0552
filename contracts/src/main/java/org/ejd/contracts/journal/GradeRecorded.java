package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A period, year, exam or final mark (J6, J7; D1, D9), or its deferral: then no value, but deferredUntil and deferralReason. */
public record GradeRecorded(UUID gradeId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
		UUID periodId, String periodName, String academicYear, String kind, @Nullable String value, @Nullable Integer numericValue,
		@Nullable LocalDate deferredUntil, @Nullable String deferralReason, Instant recordedAt, boolean onTime)
		implements JournalEvent {

	public static final String TYPE = "journal.grade.recorded";

	public static final String TOPIC = "journal.periods.v1";
}
