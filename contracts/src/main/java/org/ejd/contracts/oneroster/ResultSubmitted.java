package org.ejd.contracts.oneroster;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A OneRoster client bound to the school put a result; the journal posts it as a mark (or corrects the mark it
 * became) for the teacher of the subject in the class on the work date (ADR 0042).
 */
public record ResultSubmitted(UUID markId, String sourcedId, String clientId, UUID schoolId, UUID classGroupId,
		UUID subjectId, UUID studentId, String value, String workType, LocalDate workDate, @Nullable String comment)
		implements OneRosterEvent {

	public static final String TYPE = "oneroster.result.submitted";

	public static final String TOPIC = "oneroster.results.v1";
}
