package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application for access was registered (A2, A4): the school answers by {@code deadline}; {@code channel} desk or portal;
 * {@code withoutApplication} true when the school opened it under its no-application policy (seed 003).
 */
public record ApplicationReceived(UUID applicationId, UUID personId, UUID schoolId, String channel, LocalDate registeredOn,
		LocalDate deadline, @Nullable Boolean withoutApplication) implements IdentityEvent {

	public static final String TYPE = "identity.application.received";

	public static final String TOPIC = "identity.applications.v1";
}
