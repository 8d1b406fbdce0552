package org.ejd.contracts.journal;

import java.util.UUID;

/** A school's deadlines for journal entries in days (J10), its whole new state; the diary shows them to families (J13). */
public record DeadlinePolicyChanged(UUID schoolId, int version, int currentMarkDays, int writtenMarkDays, int distanceMarkDays,
		int topicDays, int absenceDays, int periodMarkDays) implements JournalEvent {

	public static final String TYPE = "journal.deadline-policy.changed";

	public static final String TOPIC = "journal.policies.v1";
}
