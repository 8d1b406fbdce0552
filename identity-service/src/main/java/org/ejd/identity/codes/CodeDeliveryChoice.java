package org.ejd.identity.codes;

import java.time.Clock;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.codes.domain.CodeChannel;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.BusinessClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school admin (or an operator of the school's region) chooses how the school hands over access codes it does not
 * print on the spot (seed 004: codes are sent to applicants): only at the desk, by email, by SMS, or email else SMS.
 * Only identity reads it, when it issues a code ({@link CodeIssuing}), so no event is published.
 */
@Service
public class CodeDeliveryChoice {

	private final CodeDeliveries deliveries;

	private final Schools schools;

	private final SchoolAccess access;

	private final Clock clock;

	CodeDeliveryChoice(CodeDeliveries deliveries, Schools schools, SchoolAccess access, @BusinessClock Clock clock) {
		this.deliveries = deliveries;
		this.schools = schools;
		this.access = access;
		this.clock = clock;
	}

	/** @return the choice's new version */
	@Transactional
	public long choose(Caller caller, UUID schoolId, CodeChannel channel) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
		return deliveries.save(schoolId, channel, clock.instant(), caller.subject());
	}

	@Transactional(readOnly = true)
	public CodeChannel of(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
		return deliveries.of(schoolId).orElse(CodeChannel.DEFAULT);
	}
}
