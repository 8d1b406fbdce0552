package org.ejd.contracts.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent, refusal or withdrawal of consent to process a person's data was registered (C1); decide on state.processingAllowed alone. */
public record ConsentRecorded(UUID recordId, UUID personId, String personRole, UUID givenBy, String decision, String textVersion,
		String channel, UUID registeredBy, Instant recordedAt, State state) implements ConsentEvent {

	public static final String TYPE = "consent.consent.recorded";

	public static final String TOPIC = "consent.records.v1";

	/** The person's consent state after this record. */
	public record State(String status, boolean processingAllowed, String textVersion, Instant since) {
	}
}
