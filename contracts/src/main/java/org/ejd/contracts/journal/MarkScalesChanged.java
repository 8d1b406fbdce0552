package org.ejd.contracts.journal;

import java.util.UUID;

/** Which mark scales a school uses (its whole new state); the diary shows them to families (J13). */
public record MarkScalesChanged(UUID schoolId, int version, boolean fivePoint, boolean passFail, boolean notes)
		implements JournalEvent {

	public static final String TYPE = "journal.mark-scales.changed";

	public static final String TOPIC = "journal.policies.v1";
}
