package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A guardian represents a student from {@code validFrom} (to {@code validTo}, if known); each parent is a separate guardian. */
public record RepresentationEstablished(UUID representationId, UUID guardianId, UUID studentId, String basis, LocalDate validFrom,
		@Nullable LocalDate validTo) implements IdentityEvent {

	public static final String TYPE = "identity.representation.established";

	public static final String TOPIC = "identity.representations.v1";
}
