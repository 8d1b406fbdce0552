package org.ejd.identity.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.people.PersonEvents.StudentLeft;
import org.ejd.identity.regions.Regions;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school's responsible person registers students, guardians and staff (A5). */
@Service
public class PersonRegistry {

	private final People people;

	private final Schools schools;

	private final SchoolAccess access;

	private final ApplicationEventPublisher events;

	private final Regions regions;

	private final SchoolTime time;

	PersonRegistry(People people, Schools schools, SchoolAccess access, ApplicationEventPublisher events, Regions regions,
			SchoolTime time) {
		this.people = people;
		this.time = time;
		this.schools = schools;
		this.access = access;
		this.events = events;
		this.regions = regions;
	}

	@Transactional
	public Person registerStudent(Caller caller, UUID schoolId, Name name, LocalDate birthDate) {
		requireSchool(caller, schoolId);
		LocalDate today = time.today(schoolId);
		if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(30))) {
			throw Refusal.invalid("identity.person.bad-birth-date");
		}
		Person student = new Person(UUID.randomUUID(), Person.Kind.STUDENT, schoolId, name.last(), name.first(),
				name.middle(), birthDate, null, 1);
		people.insert(student);
		events.publishEvent(new PersonEvents.StudentRegistered(student, time.now()));
		return student;
	}

	/** A guardian is registered by the school of a child they represent; SNILS is required and unique (S). */
	@Transactional
	public Person registerGuardian(Caller caller, UUID schoolId, Name name, String snilsText) {
		requireSchool(caller, schoolId);
		Snils snils;
		try {
			snils = Snils.parse(snilsText);
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("identity.person.bad-snils");
		}
		if (people.snilsTaken(snils.digits())) {
			throw Refusal.conflict("identity.person.snils-taken");
		}
		Person guardian = new Person(UUID.randomUUID(), Person.Kind.GUARDIAN, schoolId, name.last(), name.first(),
				name.middle(), null, snils.digits(), 1);
		people.insert(guardian);
		events.publishEvent(new PersonEvents.GuardianRegistered(guardian, time.now()));
		return guardian;
	}

	@Transactional
	public Person registerStaff(Caller caller, UUID schoolId, Name name, List<String> roles) {
		requireSchool(caller, schoolId);
		if (roles.contains("school-admin") && !access.operatesRegionOf(caller, schoolId)) {
			// a school admin appoints colleagues; only the school's region appoints its admins
			throw Refusal.notAllowed("identity.region-operator-only");
		}
		Person staff = new Person(UUID.randomUUID(), Person.Kind.STAFF, schoolId, name.last(), name.first(), name.middle(),
				null, null, 1);
		people.insert(staff);
		long version = people.appoint(staff.id(), schoolId, roles);
		events.publishEvent(new PersonEvents.StaffAppointed(staff, schoolId, roles, version, time.now()));
		return staff;
	}

	/**
	 * The school records that a student left (A3: access lasts for the period of study): the account
	 * is revoked, and guardians keep only the schools of their other children (accounts package).
	 * {@code leftOn} is the first day without the student, by default today at the school; never later.
	 */
	@Transactional
	public StudentLeft recordDeparture(Caller caller, UUID studentId, @Nullable LocalDate leftOn, @Nullable String reason) {
		Person student = people.find(studentId)
			.filter(p -> p.schoolId() != null && access.manages(caller, p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		if (student.kind() != Person.Kind.STUDENT) {
			throw Refusal.againstRule("identity.departure.not-student");
		}
		LocalDate today = time.today(student.schoolId());
		LocalDate day = leftOn == null ? today : leftOn;
		if (day.isAfter(today)) {
			throw Refusal.invalid("identity.departure.future");
		}
		long version = people.recordDeparture(studentId, student.schoolId(), day, reason, time.now(), caller.subject());
		if (version < 0) {
			throw Refusal.conflict("identity.departure.recorded");
		}
		StudentLeft left = new StudentLeft(UUID.randomUUID(), time.now(), studentId, student.schoolId(), day, version);
		events.publishEvent(left);
		return left;
	}

	/**
	 * A region operator appoints another operator of its region (A5: region-operator per region): a
	 * staff person of no school, whose account the region then issues like any other.
	 */
	@Transactional
	public Person appointRegionOperator(Caller caller, String regionCode, Name name) {
		SchoolAccess.requireOperatorOf(caller, regionCode);
		if (regions.find(regionCode).isEmpty()) {
			throw Refusal.unknown("identity.region.not-found", regionCode);
		}
		Person operator = new Person(UUID.randomUUID(), Person.Kind.STAFF, null, name.last(), name.first(), name.middle(),
				null, null, 1);
		people.insert(operator);
		people.appointToRegion(operator.id(), regionCode, time.now(), caller.subject());
		return operator;
	}

	private void requireSchool(Caller caller, UUID schoolId) {
		access.requireManager(caller, schoolId);
		if (!schools.exists(schoolId)) {
			throw Refusal.unknown("identity.school.not-found");
		}
	}

	public record Name(String last, String first, String middle) {
	}
}
