package org.ejd.identity.representations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;

/**
 * identity.representation.ended on identity.representations.v1, keyed by the student: from
 * {@code endedOn} the guardian no longer represents the student. The reason is not published.
 */
public record RepresentationEnded(UUID eventId, Instant occurredAt, Representation representation, LocalDate endedOn, UUID school)
		implements IntegrationEvent {

	@Override public String topic() { return "identity.representations.v1"; }
	@Override public String type() { return "identity.representation.ended"; }
	@Override public String key() { return representation.studentId().toString(); }
	@Override public String subject() { return representation.id().toString(); }
	@Override public UUID schoolId() { return school; }
	@Override public long version() { return representation.version(); }

	@Override
	public Object data() {
		Representation r = representation;
		return new Data(r.id(), r.guardianId(), r.studentId(), endedOn);
	}

	record Data(UUID representationId, UUID guardianId, UUID studentId, LocalDate endedOn) {
	}
}
