package org.ejd.contracts.journal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A school event, or a city event a region operator published to many schools, one event per school (D6). */
public record SchoolEventPublished(UUID schoolEventId, UUID schoolId, String title, @Nullable String description,
		LocalDate startsOn, LocalDate endsOn, @Nullable String place, String scope) implements JournalEvent {

	public static final String TYPE = "journal.school-event.published";

	public static final String TOPIC = "journal.calendar.v1";
}
