package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student's achievement recorded by the staff of the student's school (J12): an award, a commendation, an olympiad or competition result. */
public record AchievementRecorded(UUID achievementId, UUID schoolId, UUID studentId, String kind, String level,
		@Nullable Integer place, LocalDate awardedOn, @Nullable UUID subjectId, @Nullable String subjectName, String issuer,
		String title, UUID recordedBy, Instant recordedAt) implements JournalEvent {

	public static final String TYPE = "journal.achievement.recorded";

	public static final String TOPIC = "journal.achievements.v1";
}
