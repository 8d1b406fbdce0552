package org.ejd.journal.access;

import java.util.UUID;

import org.ejd.journal.directory.Directory;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.springframework.stereotype.Component;

/**
 * The region operator's part in a school's matters, beside the school's own roles ({@link SchoolRoles}): an operator
 * serving the school's region acts where the school's admin does (closing a year, reading its archive, listing who read
 * a student's data); an operator of another region is refused with 403, as everywhere in the journal.
 */
@Component
public class RegionOperators {

	private final Directory directory;

	private final SchoolRoles roles;

	RegionOperators(Directory directory, SchoolRoles roles) {
		this.directory = directory;
		this.roles = roles;
	}

	/**
	 * Whether the caller is a region operator serving the school's region; false for everyone who is not a region
	 * operator, a refusal ({@code journal.school.other-region}, 403) for an operator of another region.
	 */
	public boolean servesSchool(Caller caller, UUID schoolId) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			return false;
		}
		if (!directory.regionOfSchool(schoolId).filter(caller::serves).isPresent()) {
			throw Refusal.notAllowed("journal.school.other-region", schoolId);
		}
		return true;
	}

	/** The school's admin, or a region operator serving the school's region; others as {@link SchoolRoles#requireSchoolAdmin}. */
	public void requireSchoolAdminOrRegion(Caller caller, UUID schoolId) {
		if (!servesSchool(caller, schoolId)) {
			roles.requireSchoolAdmin(caller, schoolId);
		}
	}

	/** The school's administration (admin, deputy head), or a region operator serving the school's region. */
	public void requireAdministrationOrRegion(Caller caller, UUID schoolId) {
		if (!servesSchool(caller, schoolId)) {
			roles.requireAdministration(caller, schoolId);
		}
	}
}
