package org.ejd.contracts.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The school answered the application with an access code (A3, A4). {@code deliveredTo}: {@code letter}
 * (handed over printed, no message), or the applicant's verified {@code email} / {@code sms} contact, with
 * {@code message} carrying the code for one delivery.
 */
public record ApplicationCodeIssued(UUID applicationId, UUID personId, UUID codeId, Instant expiresAt, String deliveredTo,
		@Nullable SecretMessage message) implements IdentityEvent {

	public static final String TYPE = "identity.application.code-issued";

	public static final String TOPIC = "identity.applications.v1";

	@Override
	public String toString() {
		// the code is for delivery only, never for a log line
		return "ApplicationCodeIssued[applicationId=" + applicationId + ", deliveredTo=" + deliveredTo + "]";
	}
}
