package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student passed the school's entrance (D14): an entry or an exit posted by the school's access-control system. */
public record SchoolPassRecorded(UUID passId, UUID schoolId, UUID studentId, String direction, Instant passedAt, LocalDate day,
		String device, @Nullable String point) implements JournalEvent {

	public static final String TYPE = "journal.school-pass.recorded";

	public static final String TOPIC = "journal.presence.v1";
}
