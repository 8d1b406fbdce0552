package org.ejd.contracts.oneroster;

import java.util.UUID;

/**
 * A OneRoster client deleted a result it had put (OneRoster 1.2: tobedeleted); the journal deletes the mark it became
 * for the teacher it was entered for, with the client recorded (ADR 0046).
 */
public record ResultWithdrawn(UUID markId, String sourcedId, String clientId, UUID schoolId, UUID studentId)
		implements OneRosterEvent {

	public static final String TYPE = "oneroster.result.withdrawn";

	public static final String TOPIC = "oneroster.results.v1";
}
