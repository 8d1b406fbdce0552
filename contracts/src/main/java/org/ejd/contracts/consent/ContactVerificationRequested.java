package org.ejd.contracts.consent;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contact given electronically must be verified (C3): deliver the message once to destination, and keep neither. */
public record ContactVerificationRequested(UUID contactId, UUID personId, String channel, String destination,
		String maskedDestination, Message message, Instant expiresAt, Instant requestedAt) implements ConsentEvent {

	public static final String TYPE = "consent.contact.verification-requested";

	public static final String TOPIC = "consent.preferences.v1";

	/** The message to deliver as is, with the code; {@code subject} only for email. */
	public record Message(String language, @Nullable String subject, String text) {

		@Override
		public String toString() {
			return "Message[" + language + ", text hidden]";
		}
	}

	@Override
	public String toString() {
		// the destination and the code are for delivery only, never for a log line
		return "ContactVerificationRequested[contactId=" + contactId + ", to=" + maskedDestination + "]";
	}
}
