package org.ejd.identity.people;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student, guardian or staff member: one person, whatever roles they have. */
public record Person(UUID id, Kind kind, @Nullable UUID schoolId, String lastName, String firstName,
		@Nullable String middleName, @Nullable LocalDate birthDate, @Nullable String snils, long version) {

	public enum Kind {
		STUDENT, GUARDIAN, STAFF
	}
}
