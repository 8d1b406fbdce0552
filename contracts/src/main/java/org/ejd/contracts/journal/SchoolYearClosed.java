package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A school closed an academic year into its read-only archive: every journal row dated from firstDay to lastDay is locked. */
public record SchoolYearClosed(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt)
		implements JournalEvent {

	public static final String TYPE = "journal.school-year.closed";

	public static final String TOPIC = "journal.periods.v1";
}
