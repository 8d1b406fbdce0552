package org.ejd.identity.schools;

import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.platform.security.Caller;
import org.ejd.platform.web.ApiException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A region operator registers a school; everyone signed in may look one up. */
@Service
public class SchoolRegistration {

	private final Schools schools;

	private final ApplicationEventPublisher events;

	SchoolRegistration(Schools schools, ApplicationEventPublisher events) {
		this.schools = schools;
		this.events = events;
	}

	@Transactional
	public School register(Caller caller, RegisterSchool command) {
		SchoolAccess.requireRegionOperator(caller);
		School school = new School(UUID.randomUUID(), command.name().strip(), command.shortName(), command.regionCode(),
				command.municipality().strip(), command.timeZone() == null ? "Europe/Moscow" : command.timeZone(), 1);
		schools.insert(school);
		events.publishEvent(new SchoolRegistered(school));
		return school;
	}

	@Transactional(readOnly = true)
	public School get(UUID id) {
		return schools.find(id).orElseThrow(() -> ApiException.notFound("identity.school.not-found"));
	}

	public record RegisterSchool(String name, String shortName, String regionCode, String municipality, String timeZone) {
	}
}
