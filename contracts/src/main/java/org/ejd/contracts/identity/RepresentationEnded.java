package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A guardian no longer represents a student from {@code endedOn}. */
public record RepresentationEnded(UUID representationId, UUID guardianId, UUID studentId, LocalDate endedOn,
		@Nullable String reason) implements IdentityEvent {

	public static final String TYPE = "identity.representation.ended";

	public static final String TOPIC = "identity.representations.v1";
}
