package org.ejd.journal.achievements;

import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may do what with achievements: the staff of the student's school (teachers, class teachers, deputy heads, its
 * admin) record, correct, withdraw and read them. Someone of another school gets 404, so a refusal never tells whether
 * a student or an achievement exists; a family member of the school gets 403 (families read them in the diary).
 */
@Component
class AchievementAccess {

	private final Directory directory;

	private final SchoolRoles roles;

	AchievementAccess(Directory directory, SchoolRoles roles) {
		this.directory = directory;
		this.roles = roles;
	}

	/** The student's school, once the caller is on its staff. */
	UUID requireStaffOfStudent(Caller caller, UUID studentId) {
		UUID school = directory.schoolOfStudent(studentId).filter(caller::actsIn)
			.orElseThrow(() -> Refusal.unknown("journal.student.not-found"));
		requireStaff(caller, school);
		return school;
	}

	void requireStaff(Caller caller, Achievement achievement) {
		if (!caller.actsIn(achievement.schoolId())) {
			throw Refusal.unknown("journal.achievement.not-found");
		}
		requireStaff(caller, achievement.schoolId());
	}

	private void requireStaff(Caller caller, UUID schoolId) {
		if (!roles.isStaff(caller, schoolId) || caller.personId() == null) {
			throw Refusal.notAllowed("journal.achievement.staff-only");
		}
	}
}
