package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A school was registered in the region (or its details changed: same type, higher version). */
public record SchoolRegistered(UUID schoolId, String name, @Nullable String shortName, String regionCode, String municipality,
		@Nullable UUID municipalityId, @Nullable String timeZone) implements IdentityEvent {

	public static final String TYPE = "identity.school.registered";

	public static final String TOPIC = "identity.schools.v1";
}
