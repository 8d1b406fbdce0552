package org.ejd.contracts.identity;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student was registered at a school (or their details changed); no SNILS, no contacts. */
public record StudentRegistered(UUID personId, UUID schoolId, String lastName, String firstName, @Nullable String middleName,
		LocalDate birthDate) implements IdentityEvent {

	public static final String TYPE = "identity.student.registered";

	public static final String TOPIC = "identity.persons.v1";
}
