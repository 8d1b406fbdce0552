package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

/** The application is still open after its deadline (A4): the school is told. */
public record ApplicationOverdue(UUID applicationId, UUID personId, UUID schoolId, LocalDate deadline) implements IdentityEvent {

	public static final String TYPE = "identity.application.overdue";

	public static final String TOPIC = "identity.applications.v1";
}
