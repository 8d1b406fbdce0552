package org.ejd.consent.delivery;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.time.BusinessClock;
import org.ejd.consent.PersonVersions;
import org.ejd.consent.delivery.domain.DeliveryForm;
import org.ejd.consent.delivery.domain.DeliveryFormRecord;
import org.ejd.consent.domain.Channel;
import org.ejd.consent.family.PersonAccess;
import org.ejd.consent.family.Relation;
import org.ejd.consent.family.Target;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The delivery form (C2): a guardian or an adult student may refuse the electronic form (a free-text
 * reason allowed) and return to it; a written refusal is registered by the school. Every choice is
 * kept; a repeated choice changes nothing.
 */
@Service
public class DeliveryFormRegister {

	private final PersonAccess access;

	private final DeliveryFormRecords records;

	private final PersonVersions versions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PersonalDataAudit audit;

	DeliveryFormRegister(PersonAccess access, DeliveryFormRecords records, PersonVersions versions,
			ApplicationEventPublisher events, @BusinessClock Clock clock, PersonalDataAudit audit) {
		this.access = access;
		this.records = records;
		this.versions = versions;
		this.events = events;
		this.clock = clock;
		this.audit = audit;
	}

	/** The person chooses for themselves: a guardian, or a student of full age. */
	@Transactional
	public Choice chooseElectronically(Caller caller, UUID personId, DeliveryForm form, @Nullable String reason) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SELF)) {
			throw target.is(Relation.GUARDIAN_OF) ? Refusal.notAllowed("consent.own-only")
					: Refusal.unknown("consent.person.not-found");
		}
		if (target.minorStudent()) {
			throw Refusal.notAllowed("consent.delivery-form.minor");
		}
		return choose(target, form, reason, PersonAccess.electronicChannel(caller), caller.person());
	}

	/** The school registers a written choice of a guardian or an adult student of the school. */
	@Transactional
	public Choice registerPaper(Caller caller, UUID personId, DeliveryForm form, @Nullable String reason) {
		PersonAccess.requireRole(caller, Role.SCHOOL_ADMIN);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SCHOOL)) {
			throw Refusal.unknown("consent.person.not-found");
		}
		if (target.minorStudent()) {
			throw Refusal.againstRule("consent.delivery-form.minor");
		}
		return choose(target, form, reason, Channel.PAPER, caller.person());
	}

	@Transactional(readOnly = true)
	public Optional<DeliveryFormRecord> current(Caller caller, UUID personId) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT, Role.SCHOOL_ADMIN, Role.REGION_OPERATOR);
		access.target(caller, personId);
		audit.read(caller, personId, "delivery-form");
		return records.latest(personId);
	}

	private Choice choose(Target target, DeliveryForm form, @Nullable String reason, Channel channel, UUID registeredBy) {
		long version = versions.next(target.id());
		Optional<DeliveryFormRecord> latest = records.latest(target.id());
		if (latest.map(DeliveryFormRecord::form).orElse(DeliveryForm.ELECTRONIC) == form) {
			return new Choice(latest, false);
		}
		DeliveryFormRecord record = new DeliveryFormRecord(UUID.randomUUID(), target.id(), form, blankToNull(reason), channel,
				registeredBy, clock.instant(), version);
		records.append(record);
		events.publishEvent(DeliveryFormChanged.of(record, target.person().isStudent() ? target.person().schoolId() : null));
		return new Choice(Optional.of(record), true);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The form now (empty: electronic, never changed), and whether this call changed it. */
	public record Choice(Optional<DeliveryFormRecord> record, boolean changed) {
	}
}
