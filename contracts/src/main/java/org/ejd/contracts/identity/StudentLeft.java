package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

/** From {@code leftOn} (the first day without them) the student is no longer at the school; the reason stays in identity-service. */
public record StudentLeft(UUID personId, UUID schoolId, LocalDate leftOn) implements IdentityEvent {

	public static final String TYPE = "identity.student.left";

	public static final String TOPIC = "identity.persons.v1";
}
