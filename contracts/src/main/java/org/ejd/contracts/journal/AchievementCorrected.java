package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An achievement as it reads after a correction, with the reason (J12); a higher version replaces a lower one. */
public record AchievementCorrected(UUID achievementId, UUID schoolId, UUID studentId, String kind, String level,
		@Nullable Integer place, LocalDate awardedOn, @Nullable UUID subjectId, @Nullable String subjectName, String issuer,
		String title, UUID correctedBy, Instant correctedAt, String reason) implements JournalEvent {

	public static final String TYPE = "journal.achievement.corrected";

	public static final String TOPIC = "journal.achievements.v1";
}
