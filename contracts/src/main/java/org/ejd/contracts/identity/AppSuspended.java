package org.ejd.contracts.identity;

import java.util.UUID;

/** The app was suspended: its Keycloak client is disabled. */
public record AppSuspended(UUID appId, String clientId) implements IdentityEvent {

	public static final String TYPE = "identity.app.suspended";

	public static final String TOPIC = "identity.apps.v1";
}
