package org.ejd.identity.representations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/** identity.representation.established on identity.representations.v1, keyed by the student. */
public record RepresentationEstablished(UUID eventId, Instant occurredAt, Representation representation, UUID school)
		implements IntegrationEvent {

	public RepresentationEstablished(Representation representation, UUID school, Instant occurredAt) {
		this(UUID.randomUUID(), occurredAt, representation, school);
	}

	@Override public String topic() { return "identity.representations.v1"; }
	@Override public String type() { return "identity.representation.established"; }
	@Override public String key() { return representation.studentId().toString(); }
	@Override public String subject() { return representation.id().toString(); }
	@Override public UUID schoolId() { return school; }
	@Override public long version() { return representation.version(); }

	@Override
	public Object data() {
		Representation r = representation;
		return new Data(r.id(), r.guardianId(), r.studentId(), r.basis().wire(), r.validFrom(), r.validTo());
	}

	record Data(UUID representationId, UUID guardianId, UUID studentId, String basis, LocalDate validFrom, LocalDate validTo) {
	}
}
