package org.ejd.diary.achievements;

import java.util.List;
import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AchievementsController {

	private final DiaryAchievements achievements;

	private final DiaryAccess access;

	AchievementsController(DiaryAchievements achievements, DiaryAccess access) {
		this.achievements = achievements;
		this.access = access;
	}

	/** The student's awards, commendations, olympiad and competition results (J12), the latest first. */
	@GetMapping("/api/diary/students/{studentId}/achievements")
	List<DiaryAchievements.Achievement> achievements(@PathVariable UUID studentId) {
		access.read(studentId, "achievements");
		return achievements.of(studentId, null, null);
	}
}
