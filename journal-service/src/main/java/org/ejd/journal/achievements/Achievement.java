package org.ejd.journal.achievements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student's achievement as the journal keeps it; {@code version} grows with every correction and the withdrawal. */
record Achievement(UUID id, UUID schoolId, UUID studentId, String kind, String level, @Nullable Integer place, LocalDate awardedOn,
		@Nullable UUID subjectId, @Nullable String subjectName, String issuer, String title, UUID recordedBy, Instant recordedAt,
		boolean withdrawn, long version) {

	Achievement with(AchievementDraft draft, @Nullable String subjectName, long version) {
		return new Achievement(id, schoolId, studentId, draft.kind(), draft.level(), draft.place(), draft.awardedOn(),
				draft.subjectId(), subjectName, draft.issuer(), draft.title(), recordedBy, recordedAt, withdrawn, version);
	}
}
