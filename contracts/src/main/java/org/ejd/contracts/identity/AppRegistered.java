package org.ejd.contracts.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A school or a region registered a third-party or mobile app: its own Keycloak client, named in the azp of its tokens.
 * {@code kind} is {@code public} or {@code machine} (a school's information system, ADR 0052; absent in older events).
 */
public record AppRegistered(UUID appId, String clientId, String name, @Nullable UUID schoolId, @Nullable String regionCode,
		List<String> redirectUris, List<String> scopes, @Nullable String kind) implements IdentityEvent {

	public static final String KIND_MACHINE = "machine";

	public static final String TYPE = "identity.app.registered";

	public static final String TOPIC = "identity.apps.v1";
}
