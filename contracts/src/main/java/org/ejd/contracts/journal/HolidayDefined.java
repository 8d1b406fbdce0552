package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

/** School holidays (каникулы) of a school (D5). */
public record HolidayDefined(UUID holidayId, UUID schoolId, String name, LocalDate startDate, LocalDate endDate)
		implements JournalEvent {

	public static final String TYPE = "journal.holiday.defined";

	public static final String TOPIC = "journal.calendar.v1";
}
