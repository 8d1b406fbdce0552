package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A guardian (parent or legal representative) was registered; SNILS stays in identity-service. */
public record GuardianRegistered(UUID personId, String lastName, String firstName, @Nullable String middleName)
		implements IdentityEvent {

	public static final String TYPE = "identity.guardian.registered";

	public static final String TOPIC = "identity.persons.v1";
}
