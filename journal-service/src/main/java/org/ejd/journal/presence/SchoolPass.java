package org.ejd.journal.presence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A student's entry or exit through the school's entrance, as the journal keeps it. */
record SchoolPass(UUID id, UUID schoolId, UUID studentId, String direction, Instant passedAt, LocalDate day, String device,
		String devicePassId, @Nullable String point, Instant recordedAt) {
}
