package org.ejd.contracts.identity;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A school or a region registered a third-party or mobile app: its own Keycloak client, named in the azp of its tokens. */
public record AppRegistered(UUID appId, String clientId, String name, @Nullable UUID schoolId, @Nullable String regionCode,
		List<String> redirectUris, List<String> scopes) implements IdentityEvent {

	public static final String TYPE = "identity.app.registered";

	public static final String TOPIC = "identity.apps.v1";
}
