package org.ejd.identity.apps;

import java.util.List;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The apps a caller manages: a school's by its admin and its region's operators, a region's by its operators; 404 otherwise. */
@Service
class AppLookup {

	private final RegisteredApps apps;

	private final SchoolAccess access;

	AppLookup(RegisteredApps apps, SchoolAccess access) {
		this.apps = apps;
		this.access = access;
	}

	@Transactional(readOnly = true)
	RegisteredApps.App managed(Caller caller, UUID appId) {
		return apps.find(appId).filter(app -> manages(caller, app)).orElseThrow(() -> Refusal.unknown("identity.app.not-found"));
	}

	@Transactional(readOnly = true)
	List<RegisteredApps.App> ofSchool(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		return apps.ofSchool(schoolId);
	}

	@Transactional(readOnly = true)
	List<RegisteredApps.App> ofRegion(Caller caller, String regionCode) {
		SchoolAccess.requireOperatorOf(caller, regionCode);
		return apps.ofRegion(regionCode);
	}

	private boolean manages(Caller caller, RegisteredApps.App app) {
		return app.schoolId() != null ? access.manages(caller, app.schoolId())
				: app.regionCode() != null && SchoolAccess.operates(caller, app.regionCode());
	}
}
