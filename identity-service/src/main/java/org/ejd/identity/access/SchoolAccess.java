package org.ejd.identity.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may manage a school's registries: its school admins, and the operators of the school's region
 * (a region operator's token names its regions in {@code region_codes}). A school admin is decided
 * from the token alone; for a region operator the school's region is one look-up by primary key.
 */
@Component
public class SchoolAccess {

	private final SchoolRegions schools;

	SchoolAccess(SchoolRegions schools) {
		this.schools = schools;
	}

	/**
	 * 403 unless the caller manages the school. A region operator learns that a school does not
	 * exist (404), as any signed-in caller may look schools up; a school admin is refused first.
	 */
	public void requireManager(Caller caller, UUID schoolId) {
		if (isAdminOf(caller, schoolId)) {
			return;
		}
		if (caller.has(Role.REGION_OPERATOR)) {
			String region = schools.regionOf(schoolId).orElseThrow(() -> Refusal.unknown("identity.school.not-found"));
			if (caller.serves(region)) {
				return;
			}
			throw Refusal.notAllowed("identity.school.other-region", region);
		}
		throw Refusal.notAllowed("identity.school.not-yours");
	}

	public boolean manages(Caller caller, UUID schoolId) {
		return isAdminOf(caller, schoolId) || operatesRegionOf(caller, schoolId);
	}

	/**
	 * Whether the caller manages a person: by the person's school, or, for a region operator, who has
	 * no school, by the regions they operate in (read only then).
	 */
	public boolean managesPerson(Caller caller, @Nullable UUID schoolId, Supplier<List<String>> personRegions) {
		if (schoolId != null) {
			return manages(caller, schoolId);
		}
		return caller.has(Role.REGION_OPERATOR) && personRegions.get().stream().anyMatch(caller::serves);
	}

	/** As {@link #manages(Caller, UUID)}, when the school's region was read with what is being decided on. */
	public static boolean manages(Caller caller, UUID schoolId, String regionCode) {
		return isAdminOf(caller, schoolId) || operates(caller, regionCode);
	}

	/** Whether the caller is an operator of the school's region: only they appoint a school's admins and manage their accounts. */
	public boolean operatesRegionOf(Caller caller, UUID schoolId) {
		if (!caller.has(Role.REGION_OPERATOR) || caller.regionCodes().isEmpty()) {
			return false;
		}
		Optional<String> region = schools.regionOf(schoolId);
		return region.isPresent() && caller.serves(region.get());
	}

	public static boolean operates(Caller caller, String regionCode) {
		return caller.has(Role.REGION_OPERATOR) && caller.serves(regionCode);
	}

	/** Registering in a region (a municipality, a school): its operators only. */
	public static void requireOperatorOf(Caller caller, String regionCode) {
		requireRegionOperator(caller);
		if (!caller.serves(regionCode)) {
			throw Refusal.notAllowed("identity.region.not-yours", regionCode);
		}
	}

	public static void requireRegionOperator(Caller caller) {
		if (!caller.has(Role.REGION_OPERATOR)) {
			throw Refusal.notAllowed("identity.region-operator-only");
		}
	}

	private static boolean isAdminOf(Caller caller, UUID schoolId) {
		return caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId);
	}
}
