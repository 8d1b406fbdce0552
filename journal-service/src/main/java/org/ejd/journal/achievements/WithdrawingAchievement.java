package org.ejd.journal.achievements;

import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff withdraw an achievement recorded in error, with a reason, against the version they saw: families no longer
 * see it; the journal keeps it and its history (never deleted).
 */
@Service
public class WithdrawingAchievement {

	private final Achievements achievements;

	private final AchievementAccess access;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	WithdrawingAchievement(Achievements achievements, AchievementAccess access, SchoolTime time, ApplicationEventPublisher events) {
		this.achievements = achievements;
		this.access = access;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public Achievement withdraw(Caller caller, UUID achievementId, long expectedVersion, @Nullable String reason) {
		Achievement before = achievements.lock(achievementId).orElseThrow(() -> Refusal.unknown("journal.achievement.not-found"));
		access.requireStaff(caller, before);
		if (before.withdrawn()) {
			throw Refusal.conflict("journal.achievement.withdrawn");
		}
		String why = AchievementDraft.reason(reason);
		if (before.version() != expectedVersion) {
			throw Refusal.stale();
		}
		Achievement after = new Achievement(before.id(), before.schoolId(), before.studentId(), before.kind(), before.level(),
				before.place(), before.awardedOn(), before.subjectId(), before.subjectName(), before.issuer(), before.title(),
				before.recordedBy(), before.recordedAt(), true, before.version() + 1);
		if (!achievements.update(after, true, expectedVersion)) {
			throw Refusal.stale();
		}
		Instant now = time.now();
		achievements.remember(after, "withdrawn", caller.person(), now, why);
		events.publishEvent(new AchievementEvents.Withdrawn(UUID.randomUUID(), now, after, caller.person(), why));
		return after;
	}
}
