package org.ejd.consent.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.time.BusinessClock;
import org.ejd.consent.ConsentProperties;
import org.ejd.consent.PersonVersions;
import org.ejd.consent.domain.Channel;
import org.ejd.consent.family.PersonAccess;
import org.ejd.consent.family.Relation;
import org.ejd.consent.family.Target;
import org.ejd.consent.records.domain.ConsentHistory;
import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.consent.records.domain.ConsentState;
import org.ejd.consent.records.domain.Decision;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The consent register (C1): consents, refusals and withdrawals, given electronically by a guardian
 * for a represented minor, by an adult student or a guardian for themselves, or on signed paper
 * registered by the school; and the history for an audit. Each record is appended, never changed.
 */
@Service
public class ConsentRegister {

	private final PersonAccess access;

	private final ConsentRecords records;

	private final PersonVersions versions;

	private final ApplicationEventPublisher events;

	private final ConsentProperties properties;

	private final Clock clock;

	private final PersonalDataAudit audit;

	ConsentRegister(PersonAccess access, ConsentRecords records, PersonVersions versions, ApplicationEventPublisher events,
			ConsentProperties properties, @BusinessClock Clock clock, PersonalDataAudit audit) {
		this.access = access;
		this.records = records;
		this.versions = versions;
		this.events = events;
		this.properties = properties;
		this.clock = clock;
		this.audit = audit;
	}

	/** The caller decides electronically: for a represented minor, or for themselves (an adult student, a guardian). */
	@Transactional
	public Recorded recordElectronically(Caller caller, UUID personId, Decision decision, String textVersion) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT);
		Target target = access.target(caller, personId);
		requireDecider(target);
		requireKnownText(textVersion);
		if (decision == Decision.GIVEN && !textVersion.equals(properties.currentTextVersion())) {
			// one consents to the text one is shown, and that is the text in force
			throw Refusal.againstRule("consent.text.not-current", properties.currentTextVersion());
		}
		return append(target, caller.person(), decision, textVersion, PersonAccess.electronicChannel(caller), caller.person());
	}

	/** The school's responsible person registers a signed paper form for a person of their school. */
	@Transactional
	public Recorded recordOnPaper(Caller caller, UUID personId, Decision decision, String textVersion, UUID givenBy) {
		PersonAccess.requireRole(caller, Role.SCHOOL_ADMIN);
		Target target = access.target(caller, personId);
		if (!target.is(Relation.SCHOOL)) {
			throw Refusal.unknown("consent.person.not-found");
		}
		requireKnownText(textVersion);
		boolean entitled = target.minorStudent() ? access.represents(givenBy, personId) : givenBy.equals(personId);
		if (!entitled) {
			throw Refusal.againstRule("consent.given-by-not-entitled");
		}
		return append(target, givenBy, decision, textVersion, Channel.PAPER, caller.person());
	}

	@Transactional(readOnly = true)
	public ConsentState current(Caller caller, UUID personId) {
		readable(caller, personId);
		audit.read(caller, personId, "consent");
		return new ConsentHistory(records.of(personId)).current();
	}

	@Transactional(readOnly = true)
	public List<ConsentRecord> history(Caller caller, UUID personId) {
		readable(caller, personId);
		audit.read(caller, personId, "consent-history");
		return records.of(personId);
	}

	/** Everything registered about a school's people in a span of days, for an audit. */
	@Transactional(readOnly = true)
	public List<ConsentRecord> historyOfSchool(Caller caller, UUID schoolId, @Nullable LocalDate from, @Nullable LocalDate to) {
		PersonAccess.requireRole(caller, Role.SCHOOL_ADMIN, Role.REGION_OPERATOR);
		access.requireSchool(caller, schoolId);
		LocalDate end = to != null ? to : access.today(schoolId);
		LocalDate start = from != null ? from : LocalDate.of(2000, 1, 1);
		if (start.isAfter(end)) {
			throw Refusal.invalid("consent.period.bad");
		}
		ZoneId zone = access.zoneOf(schoolId);
		List<ConsentRecord> history = records.ofSchool(schoolId, start.atStartOfDay(zone).toInstant(),
				end.plusDays(1).atStartOfDay(zone).toInstant());
		// a read of each person in the export, not of the school: the person's own audit shows it
		audit.readAll(caller, history.stream().map(ConsentRecord::personId).toList(), "consent-history-of-school");
		return history;
	}

	private void readable(Caller caller, UUID personId) {
		PersonAccess.requireRole(caller, Role.GUARDIAN, Role.STUDENT, Role.SCHOOL_ADMIN, Role.REGION_OPERATOR);
		access.target(caller, personId);
	}

	/** A guardian decides for a represented minor and for themselves; a student of full age for themselves only. */
	private static void requireDecider(Target target) {
		if (!target.person().isStudent()) {
			if (!target.is(Relation.SELF)) {
				throw Refusal.unknown("consent.person.not-found");
			}
		}
		else if (target.adult()) {
			if (!target.is(Relation.SELF)) {
				throw Refusal.notAllowed("consent.student-is-adult");
			}
		}
		else if (!target.is(Relation.GUARDIAN_OF)) {
			throw target.is(Relation.SELF) ? Refusal.notAllowed("consent.student-is-minor")
					: Refusal.unknown("consent.person.not-found");
		}
	}

	private void requireKnownText(String textVersion) {
		if (!properties.knowsText(textVersion)) {
			throw Refusal.againstRule("consent.text.unknown", textVersion);
		}
	}

	private Recorded append(Target target, UUID givenBy, Decision decision, String textVersion, Channel channel, UUID registeredBy) {
		long version = versions.next(target.id());
		ConsentHistory history = new ConsentHistory(records.of(target.id()));
		if (!history.allows(decision)) {
			throw Refusal.conflict("consent.nothing-to-withdraw");
		}
		Instant now = clock.instant();
		ConsentRecord record = new ConsentRecord(UUID.randomUUID(), target.id(), target.person().kind(), givenBy, decision,
				textVersion, channel, registeredBy, now, version);
		records.append(record);
		ConsentState state = history.with(record).current();
		events.publishEvent(ConsentRecorded.of(record, state, target.person().isStudent() ? target.person().schoolId() : null));
		return new Recorded(record, state);
	}

	public record Recorded(ConsentRecord record, ConsentState state) {
	}
}
