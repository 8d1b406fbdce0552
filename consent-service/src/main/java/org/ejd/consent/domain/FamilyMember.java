package org.ejd.consent.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person as consent-service knows them from identity's events: a student (with school and birth
 * date) or a guardian (with the school that registered them).
 */
public record FamilyMember(UUID id, Kind kind, @Nullable UUID schoolId, @Nullable LocalDate birthDate) {

	public enum Kind {

		STUDENT, GUARDIAN;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * Of full age on the given day: a student from their 18th birthday (for 29 February, from
	 * 28 February in other years); a guardian always. An unknown birth date counts as a minor.
	 */
	public boolean adultOn(LocalDate day) {
		if (kind == Kind.GUARDIAN) {
			return true;
		}
		return birthDate != null && !birthDate.plusYears(18).isAfter(day);
	}

	public boolean isStudent() {
		return kind == Kind.STUDENT;
	}
}
