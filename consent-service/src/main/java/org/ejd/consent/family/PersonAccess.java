package org.ejd.consent.family;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.consent.domain.Channel;
import org.ejd.consent.domain.FamilyMember;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.refusal.Refusal;
import org.springframework.stereotype.Component;

/**
 * The data rules every consent use case starts with (docs/roles-and-scopes.md): first the role
 * (403 for an action the role never allows), then the person as the caller may know them (404 for
 * anyone they may not know, so a refusal never tells whether the person exists).
 */
@Component
public class PersonAccess {

	private final Family family;

	private final SchoolTime time;

	PersonAccess(Family family, SchoolTime time) {
		this.family = family;
		this.time = time;
	}

	public static void requireRole(Caller caller, Role... allowed) {
		for (Role role : allowed) {
			if (caller.has(role) && (caller.personId() != null || role == Role.REGION_OPERATOR)) {
				return;
			}
		}
		throw Refusal.notAllowed("consent.role-not-allowed");
	}

	/** A school named in the path: its school admins and the operators of its region; 403 otherwise. */
	public void requireSchool(Caller caller, UUID schoolId) {
		boolean admin = caller.has(Role.SCHOOL_ADMIN) && caller.actsIn(schoolId);
		if (!admin && !(caller.has(Role.REGION_OPERATOR) && inRegionOf(caller, schoolId))) {
			throw Refusal.notAllowed("consent.school.not-yours");
		}
	}

	private boolean inRegionOf(Caller caller, UUID schoolId) {
		return family.regionOf(schoolId).filter(caller::serves).isPresent();
	}

	/** An electronic declaration comes through the eJD web front-end (portal) or any other client of the API. */
	public static Channel electronicChannel(Caller caller) {
		return "ejd-web".equals(caller.clientId()) ? Channel.PORTAL : Channel.API;
	}

	/** The person as the caller may know them; 404 when the caller stands in no relation to them. */
	public Target target(Caller caller, UUID personId) {
		FamilyMember person = family.find(personId).orElseThrow(() -> Refusal.unknown("consent.person.not-found"));
		LocalDate today = today(person);
		EnumSet<Relation> relations = EnumSet.noneOf(Relation.class);
		boolean guardian = caller.has(Role.GUARDIAN) && person.kind() == FamilyMember.Kind.GUARDIAN;
		boolean student = caller.has(Role.STUDENT) && person.kind() == FamilyMember.Kind.STUDENT;
		if (caller.is(personId) && (guardian || student)) {
			relations.add(Relation.SELF);
		}
		if (caller.has(Role.GUARDIAN) && caller.personId() != null && person.isStudent()
				&& family.represents(caller.personId(), personId, today)) {
			relations.add(Relation.GUARDIAN_OF);
		}
		if (caller.has(Role.SCHOOL_ADMIN) && family.schoolsOf(person, today).stream().anyMatch(caller::actsIn)) {
			relations.add(Relation.SCHOOL);
		}
		if (caller.has(Role.REGION_OPERATOR) && family.schoolsOf(person, today).stream().anyMatch(s -> inRegionOf(caller, s))) {
			relations.add(Relation.REGION);
		}
		if (relations.isEmpty()) {
			throw Refusal.unknown("consent.person.not-found");
		}
		return new Target(person, relations, person.adultOn(today));
	}

	/** Whether the guardian represents the student today. */
	public boolean represents(UUID guardianId, UUID studentId) {
		return family.represents(guardianId, studentId, family.find(studentId).map(this::today).orElseGet(this::today));
	}

	/** Today at the person's school (a guardian's: the school that registered them). */
	public LocalDate today(FamilyMember person) {
		return person.schoolId() != null ? time.today(person.schoolId()) : today();
	}

	/** Today at the school, and its zone: a school's audit spans its own days. */
	public LocalDate today(UUID schoolId) {
		return time.today(schoolId);
	}

	public java.time.ZoneId zoneOf(UUID schoolId) {
		return time.zone(schoolId);
	}

	/** Today where no person or school is named: the configured default zone. */
	public LocalDate today() {
		return time.today(time.defaultZone());
	}
}
