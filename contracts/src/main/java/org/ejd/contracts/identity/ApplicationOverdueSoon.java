package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

/** The application is still open and its deadline is the school's next working day: the school is warned (A4). */
public record ApplicationOverdueSoon(UUID applicationId, UUID personId, UUID schoolId, LocalDate deadline) implements IdentityEvent {

	public static final String TYPE = "identity.application.overdue-soon";

	public static final String TOPIC = "identity.applications.v1";
}
