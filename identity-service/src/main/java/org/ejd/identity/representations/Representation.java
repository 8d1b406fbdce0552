package org.ejd.identity.representations;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A guardian represents a student, on a legal basis, for a span of dates. */
public record Representation(UUID id, UUID guardianId, UUID studentId, Basis basis, LocalDate validFrom,
		@Nullable LocalDate validTo, long version) {

	public enum Basis {
		PARENT, GUARDIAN, CUSTODIAN;

		public String wire() {
			return name().toLowerCase();
		}
	}
}
