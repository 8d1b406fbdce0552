package org.ejd.identity.access;

import java.util.UUID;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;

/** Who may manage a school's registries: its school admins, and the region's operators. */
public final class SchoolAccess {

	private SchoolAccess() {
	}

	public static void requireManager(Caller caller, UUID schoolId) {
		if (!manages(caller, schoolId)) {
			throw ApiException.forbidden("identity.school.not-yours");
		}
	}

	public static boolean manages(Caller caller, UUID schoolId) {
		return caller.has(Role.REGION_OPERATOR) || (caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId));
	}

	public static void requireRegionOperator(Caller caller) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			throw ApiException.forbidden("identity.region-operator-only");
		}
	}
}
