package org.ejd.journal.access;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The school's roles as every feature reads them: the school admin alone sets the school's rules,
 * its administration (the admin and the deputy heads) runs the school and reads its reports, and a
 * class teacher reads the class they lead, and a teacher reads the work of the classes and subjects
 * they teach (the marks rule, which lessons and attendance follow too). Families read nothing here:
 * their own students' data reaches them through the diary. One place, so that no two features disagree.
 */
@Component
public class SchoolRoles {

	/** The refusal of a member of the school who is not its admin (or administration). */
	public static final String ADMIN_ONLY = "journal.school-admin-only";

	private final ClassTeachers classTeachers;

	private final TeachingAssignments assignments;

	SchoolRoles(ClassTeachers classTeachers, TeachingAssignments assignments) {
		this.classTeachers = classTeachers;
		this.assignments = assignments;
	}

	/** The admin of this school: sets its rules (scales, deadlines, weights, periods, holidays, classes). */
	public boolean isSchoolAdmin(Caller caller, UUID schoolId) {
		return caller.actsIn(schoolId) && caller.has(Role.SCHOOL_ADMIN);
	}

	/** The school's administration: its admin or one of its deputy heads. */
	public boolean administers(Caller caller, UUID schoolId) {
		return caller.actsIn(schoolId) && (caller.has(Role.SCHOOL_ADMIN) || caller.has(Role.DEPUTY_HEAD));
	}

	/** The class teacher (классный руководитель) appointed to this class group. */
	public boolean leads(Caller caller, UUID classGroupId) {
		return caller.has(Role.CLASS_TEACHER) && caller.personId() != null && classTeachers.leads(caller.person(), classGroupId);
	}

	/** Who reads a whole class group: the school's administration, or the class's own class teacher. */
	public boolean leadsOrAdministers(Caller caller, UUID schoolId, UUID classGroupId) {
		return administers(caller, schoolId) || leads(caller, classGroupId);
	}

	/** A member of the school's staff (a teacher, a class teacher, a deputy head or its admin), not a family. */
	public boolean isStaff(Caller caller, UUID schoolId) {
		return caller.actsIn(schoolId) && (caller.has(Role.TEACHER) || caller.has(Role.CLASS_TEACHER)
				|| caller.has(Role.DEPUTY_HEAD) || caller.has(Role.SCHOOL_ADMIN));
	}

	/** A teacher who teaches the subject to the class group that day (by assignment or as the day's substitute). */
	public boolean teaches(Caller caller, UUID subjectId, UUID classGroupId, LocalDate day) {
		return caller.has(Role.TEACHER) && caller.personId() != null
				&& assignments.teaches(caller.person(), subjectId, classGroupId, day);
	}

	/**
	 * The marks rule for one piece of a class's work in a subject (a mark, a lesson, its attendance):
	 * the school's administration, the class's class teacher, or a teacher of the subject to the class
	 * on the day of the work or today.
	 */
	public boolean readsWork(Caller caller, UUID schoolId, UUID classGroupId, UUID subjectId, LocalDate day, LocalDate today) {
		return caller.actsIn(schoolId) && (leadsOrAdministers(caller, schoolId, classGroupId)
				|| teaches(caller, subjectId, classGroupId, day) || teaches(caller, subjectId, classGroupId, today));
	}

	/**
	 * Who reads a class group's lessons over some days: its administration and class teacher, and a
	 * teacher who teaches the class anything on one of those days or today.
	 */
	public boolean readsClassLessons(Caller caller, UUID schoolId, UUID classGroupId, LocalDate from, LocalDate to,
			LocalDate today) {
		if (!caller.actsIn(schoolId)) {
			return false;
		}
		if (leadsOrAdministers(caller, schoolId, classGroupId)) {
			return true;
		}
		return caller.has(Role.TEACHER) && caller.personId() != null
				&& (assignments.teachesAnythingBetween(caller.person(), classGroupId, from, to)
						|| assignments.teachesAnythingBetween(caller.person(), classGroupId, today, today));
	}

	/** Refuses all but the school's admin; someone of another school does not learn that the school exists. */
	public void requireSchoolAdmin(Caller caller, UUID schoolId) {
		requireMember(caller, schoolId);
		if (!caller.has(Role.SCHOOL_ADMIN)) {
			throw Refusal.notAllowed(ADMIN_ONLY);
		}
	}

	/** Refuses all but the school's administration, as {@link #requireSchoolAdmin} does. */
	public void requireAdministration(Caller caller, UUID schoolId) {
		requireAdministration(caller, schoolId, ADMIN_ONLY);
	}

	/** @param refusal the message key for a member of the school outside its administration (it names what is refused) */
	public void requireAdministration(Caller caller, UUID schoolId, String refusal) {
		requireMember(caller, schoolId);
		if (!administers(caller, schoolId)) {
			throw Refusal.notAllowed(refusal);
		}
	}

	private static void requireMember(Caller caller, UUID schoolId) {
		if (!caller.actsIn(schoolId)) {
			throw Refusal.unknown("journal.school.not-found");
		}
	}
}
