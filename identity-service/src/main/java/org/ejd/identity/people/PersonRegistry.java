package org.ejd.identity.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.audit.PersonalDataAudit;
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

	private final ConsentsOnFile consents;

	private final PersonalDataAudit audit;

	PersonRegistry(People people, Schools schools, SchoolAccess access, ApplicationEventPublisher events, Regions regions,
			SchoolTime time, ConsentsOnFile consents, PersonalDataAudit audit) {
		this.audit = audit;
		this.consents = consents;
		this.people = people;
		this.time = time;
		this.schools = schools;
		this.access = access;
		this.events = events;
		this.regions = regions;
	}

	@Transactional
	public Person registerStudent(Caller caller, UUID schoolId, Name name, LocalDate birthDate) {
		return registerStudents(caller, schoolId, List.of(new NewStudent(name, birthDate))).getFirst();
	}

	/**
	 * Students of one school registered together (the CSV import; {@link #registerStudent} is a list of one): the caller
	 * and the school checked once, each birth date within the last 30 years, all written in one batch, each leaving as
	 * an event of its own.
	 */
	@Transactional
	public List<Person> registerStudents(Caller caller, UUID schoolId, List<NewStudent> students) {
		requireSchool(caller, schoolId);
		LocalDate today = time.today(schoolId);
		List<Person> registered = new ArrayList<>(students.size());
		for (NewStudent s : students) {
			if (s.birthDate().isAfter(today) || s.birthDate().isBefore(today.minusYears(30))) {
				throw Refusal.invalid("identity.person.bad-birth-date");
			}
			registered.add(new Person(UUID.randomUUID(), Person.Kind.STUDENT, schoolId, s.name().last(), s.name().first(),
					s.name().middle(), s.birthDate(), null, 1));
		}
		people.insertAll(registered);
		Instant now = time.now();
		registered.forEach(student -> events.publishEvent(new PersonEvents.StudentRegistered(student, now)));
		return registered;
	}

	/**
	 * Guardians of one school registered together (the CSV import; {@link #registerGuardian} is a list of one): the
	 * caller and the school checked once, a SNILS given checked and withheld (C4, below), all written in one batch, each
	 * leaving as an event of its own.
	 */
	@Transactional
	public List<Person> registerGuardians(Caller caller, UUID schoolId, List<NewGuardian> guardians) {
		requireSchool(caller, schoolId);
		List<Person> registered = new ArrayList<>(guardians.size());
		for (NewGuardian g : guardians) {
			// a person registered now has no consent on file yet (consent-service learns of them from this registration)
			if (g.snils() != null && !g.snils().isBlank() && people.snilsTaken(parse(g.snils()).digits())) {
				throw Refusal.conflict("identity.person.snils-taken");
			}
			registered.add(new Person(UUID.randomUUID(), Person.Kind.GUARDIAN, schoolId, g.name().last(), g.name().first(),
					g.name().middle(), null, null, 1));
		}
		people.insertAll(registered);
		Instant now = time.now();
		registered.forEach(guardian -> events.publishEvent(new PersonEvents.GuardianRegistered(guardian, now)));
		return registered;
	}

	public record NewStudent(Name name, LocalDate birthDate) {
	}

	public record NewGuardian(Name name, @Nullable String snils) {
	}

	/**
	 * A guardian is registered by the school of a child they represent. A SNILS given is checked (checksum, unique)
	 * but kept only under a consent in force (C4, seed 002: «при условии получения письменного согласия»); a new
	 * person has none yet, so the school adds the SNILS once consent-service has recorded it ({@link #addSnils}).
	 */
	@Transactional
	public GuardianRegistered registerGuardian(Caller caller, UUID schoolId, Name name, @Nullable String snilsText) {
		Person guardian = registerGuardians(caller, schoolId, List.of(new NewGuardian(name, snilsText))).getFirst();
		return new GuardianRegistered(guardian, snilsText != null && !snilsText.isBlank());
	}

	/**
	 * The school adds a guardian's SNILS once their written consent (paper or electronic) is on file (C4);
	 * the same SNILS again changes nothing.
	 */
	@Transactional
	public Person addSnils(Caller caller, UUID personId, String snilsText) {
		Person person = people.find(personId)
			.filter(p -> p.schoolId() != null && access.manages(caller, p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		if (person.kind() != Person.Kind.GUARDIAN) {
			throw Refusal.againstRule("identity.person.snils-guardians-only");
		}
		Snils snils = parse(snilsText);
		if (snils.digits().equals(person.snils())) {
			return person;
		}
		if (!consents.allowsProcessing(personId)) {
			throw Refusal.conflict("identity.person.snils-without-consent");
		}
		if (people.snilsTaken(snils.digits())) {
			throw Refusal.conflict("identity.person.snils-taken");
		}
		people.storeSnils(personId, snils.digits());
		return new Person(person.id(), person.kind(), person.schoolId(), person.lastName(), person.firstName(), person.middleName(),
				person.birthDate(), snils.digits(), person.version());
	}

	/**
	 * The school records the ESIA account id of one of its students or staff (ADR 0021): FGIS «Моя школа» finds pupils
	 * under 14, who have no portal account to link, and teachers by it; {@code null} clears it. Guardians link theirs
	 * through the portal (422); an id another person holds is refused (409); the same id again changes nothing.
	 */
	@Transactional
	public EsiaId recordEsiaId(Caller caller, UUID personId, @Nullable String esiaId) {
		Person person = people.find(personId)
			.filter(p -> p.schoolId() != null && access.manages(caller, p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("identity.person.not-found"));
		if (person.kind() == Person.Kind.GUARDIAN) {
			throw Refusal.againstRule("identity.person.esia-guardian-by-portal");
		}
		String before = people.esiaIdOf(personId).orElse(null);
		if (java.util.Objects.equals(before, esiaId)) {
			return new EsiaId(person, esiaId);
		}
		if (esiaId != null && people.esiaIdTaken(esiaId, personId)) {
			throw Refusal.conflict("identity.person.esia-taken");
		}
		long version = people.storeEsiaId(personId, esiaId);
		events.publishEvent(new PersonEvents.EsiaIdRecorded(UUID.randomUUID(), time.now(), person, esiaId, version));
		return new EsiaId(person, esiaId);
	}

	public record EsiaId(Person person, @Nullable String esiaId) {
	}

	/** The school's guardians registered without a consent in force, hence without their SNILS (C4). */
	@Transactional(readOnly = true)
	public List<GuardianWithoutConsent> withoutConsent(Caller caller, UUID schoolId) {
		requireSchool(caller, schoolId);
		List<GuardianWithoutConsent> guardians = consents.guardiansWithoutConsent(schoolId);
		audit.readAll(caller, guardians.stream().map(GuardianWithoutConsent::personId).toList(), "guardians-without-consent");
		return guardians;
	}

	private static Snils parse(String text) {
		try {
			return Snils.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("identity.person.bad-snils");
		}
	}

	/** @param snilsWithheld a SNILS was given but not kept: no consent on file */
	public record GuardianRegistered(Person guardian, boolean snilsWithheld) {
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
