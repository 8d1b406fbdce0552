package org.ejd.contracts.consent;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contact may now be used for this person, verified by code or registered by the school (C3); it replaces the earlier one of its channel. */
public record ContactVerified(UUID contactId, UUID personId, String channel, String destination, String maskedDestination,
		String verifiedBy, @Nullable UUID replacesContactId, Instant verifiedAt) implements ConsentEvent {

	public static final String TYPE = "consent.contact.verified";

	public static final String TOPIC = "consent.preferences.v1";

	@Override
	public String toString() {
		// the destination is for delivery only, never for a log line
		return "ContactVerified[contactId=" + contactId + ", to=" + maskedDestination + "]";
	}
}
