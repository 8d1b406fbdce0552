package org.ejd.contracts.identity;

import java.util.UUID;

/** The app was resumed after a suspension: its Keycloak client signs people in again. */
public record AppResumed(UUID appId, String clientId) implements IdentityEvent {

	public static final String TYPE = "identity.app.resumed";

	public static final String TOPIC = "identity.apps.v1";
}
