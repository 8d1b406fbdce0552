package org.ejd.journal.access;

import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The school's roles as every feature reads them: the school admin alone sets the school's rules,
 * its administration (the admin and the deputy heads) runs the school and reads its reports, and a
 * class teacher reads the class they lead. One place, so that no two features disagree.
 */
@Component
public class SchoolRoles {

	/** The refusal of a member of the school who is not its admin (or administration). */
	public static final String ADMIN_ONLY = "journal.school-admin-only";

	private final ClassTeachers classTeachers;

	SchoolRoles(ClassTeachers classTeachers) {
		this.classTeachers = classTeachers;
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
