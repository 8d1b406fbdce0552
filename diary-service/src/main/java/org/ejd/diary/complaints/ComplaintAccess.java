package org.ejd.diary.complaints;

import java.util.UUID;

import org.ejd.diary.family.DiaryAccess;
import org.ejd.diary.family.Family;
import org.ejd.diary.family.Family.StudentCard;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with complaints: the family (the student, the guardians representing them today) files and reads
 * its own; the school admin (the desk, the director) and the deputy head of the student's school run the register.
 * Everyone else gets 404, so a refusal never tells whether a student or a complaint exists.
 */
@Component
class ComplaintAccess {

	private final DiaryAccess diary;

	private final Family family;

	ComplaintAccess(DiaryAccess diary, Family family) {
		this.diary = diary;
		this.family = family;
	}

	StudentCard student(UUID studentId) {
		return family.student(studentId).stream().findFirst().orElseThrow(() -> Refusal.unknown("diary.student.not-found"));
	}

	static boolean isStaff(Caller caller, UUID schoolId) {
		return (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD)) && caller.actsIn(schoolId);
	}

	/** The school desk: the school admin registers complaints made orally or on paper. */
	static boolean isDesk(Caller caller, UUID schoolId) {
		return caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId);
	}

	boolean isFamily(Caller caller, UUID studentId) {
		try {
			diary.requireReader(caller, studentId);
			return true;
		}
		catch (Refusal refusal) {
			return false;
		}
	}

	/** The school's staff of the register, or 404. */
	static void requireStaff(Caller caller, UUID schoolId) {
		if (!isStaff(caller, schoolId)) {
			throw Refusal.unknown("diary.school.not-found");
		}
	}

	/** A complaint the caller may read (its family or its school's staff), or 404. */
	void requireReader(Caller caller, Complaint complaint) {
		if (!isStaff(caller, complaint.schoolId()) && !isFamily(caller, complaint.studentId())) {
			throw Refusal.unknown("diary.complaint.not-found");
		}
	}

	/** A complaint the caller runs in the register, or 404. */
	static void requireHandler(Caller caller, Complaint complaint) {
		if (!isStaff(caller, complaint.schoolId())) {
			throw Refusal.unknown("diary.complaint.not-found");
		}
	}
}
