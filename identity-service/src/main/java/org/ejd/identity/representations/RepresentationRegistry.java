package org.ejd.identity.representations;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.accounts.AccountClaimsChanged;
import org.ejd.identity.people.People;
import org.ejd.identity.people.Person;
import org.ejd.platform.security.Caller;
import org.ejd.platform.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school links a guardian to a student; each parent is linked on their own (A2). */
@Service
public class RepresentationRegistry {

	private final People people;

	private final Representations representations;

	private final ApplicationEventPublisher events;

	RepresentationRegistry(People people, Representations representations, ApplicationEventPublisher events) {
		this.people = people;
		this.representations = representations;
		this.events = events;
	}

	@Transactional
	public Representation establish(Caller caller, UUID guardianId, UUID studentId, Representation.Basis basis,
			LocalDate validFrom) {
		Person student = people.find(studentId)
			.filter(p -> p.kind() == Person.Kind.STUDENT && SchoolAccess.manages(caller, p.schoolId()))
			.orElseThrow(() -> ApiException.notFound("identity.student.not-found"));
		people.find(guardianId)
			.filter(p -> p.kind() == Person.Kind.GUARDIAN && SchoolAccess.manages(caller, p.schoolId()))
			.orElseThrow(() -> ApiException.notFound("identity.guardian.not-found"));
		if (representations.activeExists(guardianId, studentId)) {
			throw ApiException.conflict("identity.representation.exists");
		}
		Representation representation = new Representation(UUID.randomUUID(), guardianId, studentId, basis, validFrom, null, 1);
		representations.insert(representation);
		events.publishEvent(new RepresentationEstablished(representation, student.schoolId()));
		events.publishEvent(new AccountClaimsChanged(guardianId));
		return representation;
	}
}
