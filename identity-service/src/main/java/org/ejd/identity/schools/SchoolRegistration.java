package org.ejd.identity.schools;

import java.util.UUID;

import org.ejd.identity.access.SchoolAccess;
import org.ejd.identity.regions.Municipalities;
import org.ejd.identity.regions.Municipality;
import org.ejd.identity.regions.Regions;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An operator of the region registers a school in one of its municipalities; everyone signed in
 * may look one up. Without a time zone of its own a school has its region's.
 */
@Service
public class SchoolRegistration {

	private final Schools schools;

	private final Municipalities municipalities;

	private final Regions regions;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	SchoolRegistration(Schools schools, Municipalities municipalities, Regions regions, ApplicationEventPublisher events,
			SchoolTime time) {
		this.time = time;
		this.schools = schools;
		this.municipalities = municipalities;
		this.regions = regions;
		this.events = events;
	}

	@Transactional
	public School register(Caller caller, RegisterSchool command) {
		SchoolAccess.requireRegionOperator(caller);
		Municipality municipality = municipalities.find(command.municipalityId())
			.orElseThrow(() -> Refusal.unknown("identity.municipality.not-found"));
		SchoolAccess.requireOperatorOf(caller, municipality.regionCode());
		String timeZone = command.timeZone() != null ? command.timeZone()
				: regions.find(municipality.regionCode()).orElseThrow().timeZone();
		School school = new School(UUID.randomUUID(), command.name().strip(), command.shortName(), municipality.regionCode(),
				municipality.id(), municipality.name(), timeZone, 1);
		schools.insert(school);
		events.publishEvent(new SchoolRegistered(school, time.now()));
		return school;
	}

	@Transactional(readOnly = true)
	public School get(UUID id) {
		return schools.find(id).orElseThrow(() -> Refusal.unknown("identity.school.not-found"));
	}

	public record RegisterSchool(String name, @Nullable String shortName, UUID municipalityId, @Nullable String timeZone) {
	}
}
