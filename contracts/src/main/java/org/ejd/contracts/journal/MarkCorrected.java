package org.ejd.contracts.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A teacher corrected a mark (J11): its whole new state, which replaces the old one when the version is higher. */
public record MarkCorrected(UUID markId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
		UUID teacherId, String value, @Nullable Integer numericValue, String scale, String workType, BigDecimal weight,
		LocalDate workDate, Instant correctedAt, UUID correctedBy, String reason, @Nullable String comment,
		@Nullable Boolean countsInAverage, @Nullable String correctedByClient) implements JournalEvent {

	public static final String TYPE = "journal.mark.corrected";

	public static final String TOPIC = "journal.marks.v1";
}
