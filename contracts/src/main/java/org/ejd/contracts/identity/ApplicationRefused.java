package org.ejd.contracts.identity;

import java.util.UUID;

/** The school refused the application (A4), with the reason the applicant is told. */
public record ApplicationRefused(UUID applicationId, UUID personId, String reason) implements IdentityEvent {

	public static final String TYPE = "identity.application.refused";

	public static final String TOPIC = "identity.applications.v1";
}
