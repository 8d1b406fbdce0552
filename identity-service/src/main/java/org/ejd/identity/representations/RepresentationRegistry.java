package org.ejd.identity.representations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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
		return establishAll(caller, List.of(new NewLink(guardianId, studentId, basis)), validFrom).getFirst();
	}

	/**
	 * Links established together (the CSV import): each checked as {@link #establish} checks one, the persons and the
	 * links already in force read in one statement each, the new ones written in one batch; each leaves as its own event.
	 * Each starts on {@code validFrom}, or without it today where its student's school is.
	 */
	@Transactional
	public List<Representation> establishAll(Caller caller, List<NewLink> links, @Nullable LocalDate validFrom) {
		Set<UUID> ids = new HashSet<>();
		links.forEach(link -> {
			ids.add(link.guardianId());
			ids.add(link.studentId());
		});
		Map<UUID, Person> persons = new HashMap<>();
		people.findAll(ids).forEach(p -> persons.put(p.id(), p));
		Map<UUID, Boolean> managed = new HashMap<>();
		Predicate<Person> manages = p -> p.schoolId() != null && managed.computeIfAbsent(p.schoolId(), school -> access.manages(caller, school));
		Set<String> existing = representations.activeAmong(links.stream().map(NewLink::guardianId).toList(),
				links.stream().map(NewLink::studentId).toList());
		List<Representation> established = new ArrayList<>(links.size());
		List<UUID> schoolOfEach = new ArrayList<>(links.size());
		for (NewLink link : links) {
			Person student = Optional.ofNullable(persons.get(link.studentId()))
				.filter(p -> p.kind() == Person.Kind.STUDENT && manages.test(p))
				.orElseThrow(() -> Refusal.unknown("identity.student.not-found"));
			Optional.ofNullable(persons.get(link.guardianId()))
				.filter(p -> p.kind() == Person.Kind.GUARDIAN && manages.test(p))
				.orElseThrow(() -> Refusal.unknown("identity.guardian.not-found"));
			if (!existing.add(link.guardianId() + "/" + link.studentId())) {
				throw Refusal.conflict("identity.representation.exists");
			}
			LocalDate from = validFrom != null ? validFrom : LocalDate.ofInstant(clock.instant(), zoneOf(student));
			established.add(new Representation(UUID.randomUUID(), link.guardianId(), link.studentId(), link.basis(), from, null, 1));
			schoolOfEach.add(student.schoolId());
		}
		representations.insertAll(established);
		for (int i = 0; i < established.size(); i++) {
			events.publishEvent(new RepresentationEstablished(established.get(i), schoolOfEach.get(i), clock.instant()));
		}
		return established;
	}

	public record NewLink(UUID guardianId, UUID studentId, Representation.Basis basis) {
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
