package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The school recorded the ESIA account id of a student or a staff member ({@code kind} student or staff), or cleared it
 * ({@code esiaId} absent): how FGIS finds pupils under 14 and teachers (ADR 0021). The latest version per person wins.
 */
public record EsiaIdRecorded(UUID personId, String kind, @Nullable String esiaId) implements IdentityEvent {

	public static final String TYPE = "identity.person.esia-id-recorded";

	public static final String TOPIC = "identity.persons.v1";
}
