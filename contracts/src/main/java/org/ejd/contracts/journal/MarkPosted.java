package org.ejd.contracts.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A teacher posted a current mark; it carries what the diary shows, so the diary needs no call back. */
public record MarkPosted(UUID markId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName,
		UUID teacherId, String value, @Nullable Integer numericValue, String scale, String workType, BigDecimal weight,
		LocalDate workDate, Instant enteredAt, boolean onTime, @Nullable String comment, @Nullable Boolean countsInAverage, @Nullable String enteredByClient,
		@Nullable UUID submissionId)
		implements JournalEvent {

	public static final String TYPE = "journal.mark.posted";

	public static final String TOPIC = "journal.marks.v1";
}
