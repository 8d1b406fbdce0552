package org.ejd.contracts.journal;

import java.time.Instant;
import java.util.UUID;

/** An achievement withdrawn with the reason (J12): families no longer see it; the journal keeps it with its history. */
public record AchievementWithdrawn(UUID achievementId, UUID schoolId, UUID studentId, UUID withdrawnBy, Instant withdrawnAt,
		String reason) implements JournalEvent {

	public static final String TYPE = "journal.achievement.withdrawn";

	public static final String TOPIC = "journal.achievements.v1";
}
