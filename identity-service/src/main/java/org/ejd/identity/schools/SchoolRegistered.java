package org.ejd.identity.schools;

import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/** identity.school.registered on identity.schools.v1, keyed by school. */
public record SchoolRegistered(UUID eventId, Instant occurredAt, School school) implements IntegrationEvent {

	public SchoolRegistered(School school, Instant occurredAt) {
		this(UUID.randomUUID(), occurredAt, school);
	}

	@Override public String topic() { return "identity.schools.v1"; }
	@Override public String type() { return "identity.school.registered"; }
	@Override public String key() { return school.id().toString(); }
	@Override public String subject() { return school.id().toString(); }
	@Override public UUID schoolId() { return school.id(); }
	@Override public long version() { return school.version(); }

	@Override
	public Object data() {
		return new Data(school.id(), school.name(), school.shortName(), school.regionCode(), school.municipality(),
				school.municipalityId(), school.timeZone());
	}

	/** {@code municipality} stays the name, as consumers of v1 read it; {@code municipalityId} came later. */
	record Data(UUID schoolId, String name, String shortName, String regionCode, String municipality, UUID municipalityId,
			String timeZone) {
	}
}
