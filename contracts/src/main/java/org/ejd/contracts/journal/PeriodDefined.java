package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

/** A school's reporting period (quarter, trimester, half-year, year): its whole current state, including whether it is closed. */
public record PeriodDefined(UUID periodId, UUID schoolId, String academicYear, String name, String kind, LocalDate startDate,
		LocalDate endDate, boolean closed) implements JournalEvent {

	public static final String TYPE = "journal.period.defined";

	public static final String TOPIC = "journal.periods.v1";
}
