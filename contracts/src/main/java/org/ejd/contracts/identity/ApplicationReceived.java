package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

/** An application for access was registered (A2, A4): the school answers by {@code deadline}; {@code channel} desk or portal. */
public record ApplicationReceived(UUID applicationId, UUID personId, UUID schoolId, String channel, LocalDate registeredOn,
		LocalDate deadline) implements IdentityEvent {

	public static final String TYPE = "identity.application.received";

	public static final String TOPIC = "identity.applications.v1";
}
