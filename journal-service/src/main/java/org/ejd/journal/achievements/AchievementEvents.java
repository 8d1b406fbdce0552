package org.ejd.journal.achievements;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** What the journal tells the diary about achievements (J12), on journal.achievements.v1 keyed by student. */
final class AchievementEvents {

	static final String TOPIC = "journal.achievements.v1";

	private AchievementEvents() {
	}

	/** What every achievement event shares: one topic, keyed by the student, about one achievement at its version. */
	sealed interface AchievementEvent extends IntegrationEvent permits Recorded, Corrected, Withdrawn {

		Achievement achievement();

		@Override default String topic() { return TOPIC; }
		@Override default String key() { return achievement().studentId().toString(); }
		@Override default String subject() { return achievement().id().toString(); }
		@Override default UUID schoolId() { return achievement().schoolId(); }
		@Override default long version() { return achievement().version(); }
	}

	/** journal.achievement.recorded: the achievement as first written (version 1). */
	record Recorded(UUID eventId, Instant occurredAt, Achievement achievement) implements AchievementEvent {

		@Override public String type() { return "journal.achievement.recorded"; }

		@Override
		public Object data() {
			Achievement a = achievement;
			return new Data(a.id(), a.schoolId(), a.studentId(), a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectId(),
					a.subjectName(), a.issuer(), a.title(), a.recordedBy(), a.recordedAt());
		}

		record Data(UUID achievementId, UUID schoolId, UUID studentId, String kind, String level, @Nullable Integer place,
				LocalDate awardedOn, @Nullable UUID subjectId, @Nullable String subjectName, String issuer, String title,
				UUID recordedBy, Instant recordedAt) {
		}
	}

	/** journal.achievement.corrected: the whole achievement after the correction, with the reason. */
	record Corrected(UUID eventId, Instant occurredAt, Achievement achievement, UUID by, String reason) implements AchievementEvent {

		@Override public String type() { return "journal.achievement.corrected"; }

		@Override
		public Object data() {
			Achievement a = achievement;
			return new Data(a.id(), a.schoolId(), a.studentId(), a.kind(), a.level(), a.place(), a.awardedOn(), a.subjectId(),
					a.subjectName(), a.issuer(), a.title(), by, occurredAt, reason);
		}

		record Data(UUID achievementId, UUID schoolId, UUID studentId, String kind, String level, @Nullable Integer place,
				LocalDate awardedOn, @Nullable UUID subjectId, @Nullable String subjectName, String issuer, String title,
				UUID correctedBy, Instant correctedAt, String reason) {
		}
	}

	/** journal.achievement.withdrawn: families no longer see it. */
	record Withdrawn(UUID eventId, Instant occurredAt, Achievement achievement, UUID by, String reason) implements AchievementEvent {

		@Override public String type() { return "journal.achievement.withdrawn"; }

		@Override
		public Object data() {
			return new Data(achievement.id(), achievement.schoolId(), achievement.studentId(), by, occurredAt, reason);
		}

		record Data(UUID achievementId, UUID schoolId, UUID studentId, UUID withdrawnBy, Instant withdrawnAt, String reason) {
		}
	}
}
