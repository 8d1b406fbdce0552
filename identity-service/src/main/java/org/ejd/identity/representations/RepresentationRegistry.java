package org.ejd.identity.representations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.BusinessClock;
import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.identity.schools.Schools;
import org.ejd.platform.security.Caller;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school links a guardian to a student, each parent on their own (A2), and ends the link when
 * the representation ends; the guardian's {@code school_ids} claim follows either way.
 */
@Service
public class RepresentationRegistry {

	private final People people;

	private final Representations representations;

	private final Schools schools;

	private final ApplicationEventPublisher events;

	private final SchoolAccess access;

	private final Clock clock;

	RepresentationRegistry(People people, Representations representations, Schools schools, ApplicationEventPublisher events,
			SchoolAccess access, @BusinessClock Clock clock) {
		this.people = people;
		this.representations = representations;
		this.schools = schools;
		this.events = events;
		this.access = access;
		this.clock = clock;
	}

	@Transactional
	public Representation establish(Caller caller, UUID guardianId, UUID studentId, Representation.Basis basis,
			@Nullable LocalDate validFrom) {
		Person student = people.find(studentId)
			.filter(p -> p.kind() == Person.Kind.STUDENT && access.manages(caller, p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("identity.student.not-found"));
		people.find(guardianId)
			.filter(p -> p.kind() == Person.Kind.GUARDIAN && access.manages(caller, p.schoolId()))
			.orElseThrow(() -> Refusal.unknown("identity.guardian.not-found"));
		if (representations.activeExists(guardianId, studentId)) {
			throw Refusal.conflict("identity.representation.exists");
		}
		LocalDate from = validFrom != null ? validFrom : LocalDate.ofInstant(clock.instant(), zoneOf(student));
		Representation representation = new Representation(UUID.randomUUID(), guardianId, studentId, basis, from, null, 1);
		representations.insert(representation);
		events.publishEvent(new RepresentationEstablished(representation, student.schoolId(), clock.instant()));
		return representation;
	}

	/**
	 * From {@code endedOn} (today if not given; never in the future) the guardian no longer represents
	 * the student: the school admin of the student's school or a region operator ends it. The reason is
	 * kept here only.
	 */
	@Transactional
	public Representation end(Caller caller, UUID representationId, @Nullable LocalDate endedOn, @Nullable String reason) {
		Representation representation = representations.lock(representationId)
			.filter(r -> people.find(r.studentId()).filter(s -> access.manages(caller, s.schoolId())).isPresent())
			.orElseThrow(() -> Refusal.unknown("identity.representation.not-found"));
		if (representation.validTo() != null) {
			throw Refusal.conflict("identity.representation.already-ended");
		}
		Person student = people.find(representation.studentId()).orElseThrow();
		ZoneId zone = zoneOf(student);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		LocalDate ends = endedOn == null ? today : endedOn;
		if (ends.isAfter(today)) {
			throw Refusal.invalid("identity.representation.end-in-future");
		}
		if (ends.isBefore(representation.validFrom())) {
			throw Refusal.invalid("identity.representation.end-before-start", representation.validFrom());
		}
		Representation ended = representations.end(representationId, ends.minusDays(1), reason);
		events.publishEvent(new RepresentationEnded(UUID.randomUUID(), clock.instant(), ended, ends, student.schoolId()));
		return ended;
	}

	private ZoneId zoneOf(Person student) {
		return SchoolTime.zoneOf(schools.find(student.schoolId()).orElseThrow().timeZone());
	}
}
