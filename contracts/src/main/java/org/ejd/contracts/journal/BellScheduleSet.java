package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A school's bell schedule for one shift, in force from {@code effectiveFrom} until a later one (D3). Times are
 * {@code HH:mm} on the school's wall clock: the schema gives a pattern, not {@code "format": "time"} (which wants an offset).
 */
public record BellScheduleSet(UUID schoolId, int shift, LocalDate effectiveFrom, List<Bell> lessons, UUID setBy, Instant setAt)
		implements JournalEvent {

	public static final String TYPE = "journal.bell-schedule.set";

	public static final String TOPIC = "journal.regime.v1";

	/** Lesson {@code number} from {@code start} to {@code end}, {@code HH:mm}. */
	public record Bell(int number, String start, String end) {
	}
}
