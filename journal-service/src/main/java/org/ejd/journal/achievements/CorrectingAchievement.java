package org.ejd.journal.achievements;

import java.time.Instant;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff correct an achievement with a reason, against the version they saw (412 when someone changed it first);
 * the old version stays in the history. A withdrawn achievement is no longer corrected.
 */
@Service
public class CorrectingAchievement {

	private final Achievements achievements;

	private final AchievementAccess access;

	private final ClassBook classes;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	CorrectingAchievement(Achievements achievements, AchievementAccess access, ClassBook classes, SchoolTime time,
			ApplicationEventPublisher events) {
		this.achievements = achievements;
		this.access = access;
		this.classes = classes;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public Achievement correct(Caller caller, UUID achievementId, long expectedVersion, RecordingAchievement.Entry entry) {
		Achievement before = achievements.lock(achievementId).orElseThrow(() -> Refusal.unknown("journal.achievement.not-found"));
		access.requireStaff(caller, before);
		if (before.withdrawn()) {
			throw Refusal.conflict("journal.achievement.withdrawn");
		}
		String reason = AchievementDraft.reason(entry.reason());
		AchievementDraft draft = AchievementDraft.of(entry.kind(), entry.level(), entry.place(), entry.awardedOn(), entry.subjectId(),
				entry.issuer(), entry.title(), time.today(before.schoolId()));
		if (before.version() != expectedVersion) {
			throw Refusal.stale();
		}
		Achievement after = before.with(draft, RecordingAchievement.subjectName(classes, before.schoolId(), draft.subjectId()),
				before.version() + 1);
		if (!achievements.update(after, false, expectedVersion)) {
			throw Refusal.stale();
		}
		Instant now = time.now();
		achievements.remember(after, "corrected", caller.person(), now, reason);
		events.publishEvent(new AchievementEvents.Corrected(UUID.randomUUID(), now, after, caller.person(), reason));
		return after;
	}
}
