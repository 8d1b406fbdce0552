package org.ejd.identity.desk;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school admin (or an operator of the school's region) says where and when the school takes access
 * applications and words its application form (A9, A10). Only identity reads it (the public page, the
 * poster, the form), so no event is published.
 */
@Service
public class DeskSetting {

	private final AccessDesks desks;

	private final Schools schools;

	private final SchoolAccess access;

	private final Clock clock;

	DeskSetting(AccessDesks desks, Schools schools, SchoolAccess access, @BusinessClock Clock clock) {
		this.desks = desks;
		this.schools = schools;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public AccessDesk set(Caller caller, UUID schoolId, String hours, @Nullable String place, @Nullable String phone,
			@Nullable String email, @Nullable String formText) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
		AccessDesk desk = new AccessDesk(schoolId, hours.strip(), blankToNull(place), blankToNull(phone), blankToNull(email),
				blankToNull(formText), clock.instant(), caller.subject(), 0);
		long version = desks.save(desk);
		return new AccessDesk(desk.schoolId(), desk.hours(), desk.place(), desk.phone(), desk.email(), desk.formText(), desk.setAt(),
				desk.setBy(), version);
	}

	@Transactional(readOnly = true)
	public Optional<AccessDesk> of(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		return desks.find(schoolId);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
