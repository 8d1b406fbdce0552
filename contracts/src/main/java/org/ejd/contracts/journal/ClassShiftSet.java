package org.ejd.contracts.journal;

import java.time.Instant;
import java.util.UUID;

/** The shift a class group studies in (D3): its lessons ring by that shift's {@link BellScheduleSet}; never set means shift 1. */
public record ClassShiftSet(UUID schoolId, UUID classGroupId, int shift, UUID setBy, Instant setAt) implements JournalEvent {

	public static final String TYPE = "journal.class-shift.set";

	public static final String TOPIC = "journal.regime.v1";
}
