package org.ejd.journal.periods;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A quarter, trimester, half-year or the whole year of a school (J6); a school admin may close it explicitly. */
public record ReportingPeriod(UUID id, UUID schoolId, String academicYear, String name, Kind kind, LocalDate startDate,
		LocalDate endDate, @Nullable Instant closedAt) {

	public enum Kind {
		QUARTER, TRIMESTER, HALF_YEAR, YEAR;

		public String wire() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	public boolean closed() {
		return closedAt != null;
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(startDate) && !date.isAfter(endDate);
	}

	/** J11: an open period takes any entry; a closed one only an entry that says why. */
	public boolean takes(@Nullable String reason) {
		return ClosedPeriods.takes(closed(), reason);
	}
}
