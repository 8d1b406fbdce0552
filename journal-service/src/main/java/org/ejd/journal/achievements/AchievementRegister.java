package org.ejd.journal.achievements;

import java.util.List;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading achievements for the school's staff: one, a student's, and one's history of versions. */
@Service
public class AchievementRegister {

	static final int MAX_LIST = 500;

	private final Achievements achievements;

	private final AchievementAccess access;

	private final PersonalDataAudit audit;

	AchievementRegister(Achievements achievements, AchievementAccess access, PersonalDataAudit audit) {
		this.achievements = achievements;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Achievement one(Caller caller, UUID achievementId) {
		Achievement achievement = achievements.find(achievementId).orElseThrow(() -> Refusal.unknown("journal.achievement.not-found"));
		access.requireStaff(caller, achievement);
		audit.read(caller, achievement.studentId(), "journal-achievement");
		return achievement;
	}

	/** The student's achievements, the latest awarded first, withdrawn ones flagged. */
	@Transactional(readOnly = true)
	public List<Achievement> ofStudent(Caller caller, UUID studentId) {
		access.requireStaffOfStudent(caller, studentId);
		audit.read(caller, studentId, "journal-achievements");
		return achievements.ofStudent(studentId, MAX_LIST);
	}

	/** Every version, the first (recorded) first: what it said, who wrote it, when and why. */
	@Transactional(readOnly = true)
	public List<Achievements.Version> history(Caller caller, UUID achievementId) {
		Achievement achievement = one(caller, achievementId);
		return achievements.history(achievement.id());
	}
}
