package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A region operator reopened a closed academic year: its rows take changes again; closedAt is the closing it reverses. */
public record SchoolYearReopened(UUID schoolId, String academicYear, LocalDate firstDay, LocalDate lastDay, Instant closedAt,
		Instant reopenedAt) implements JournalEvent {

	public static final String TYPE = "journal.school-year.reopened";

	public static final String TOPIC = "journal.periods.v1";
}
