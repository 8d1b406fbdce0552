package org.ejd.identity.codes.domain;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal access code the school issued for an application (A3, A4): one-time, expiring, and
 * locked after too many wrong tries, after which the school issues a new one. A new code replaces
 * the application's earlier active code.
 */
public record AccessCode(UUID id, UUID applicationId, UUID personId, String handle, String secretHash, Instant issuedAt,
		String issuedBy, Instant expiresAt, int failedAttempts, Status status, @Nullable Instant redeemedAt) {

	/** What is stored; "expired" is derived from {@link #expiresAt}. */
	public enum Status {
		ACTIVE, REDEEMED, LOCKED, REPLACED
	}

	/** What a holder is told about a code they typed. */
	public enum State {
		USABLE, EXPIRED, REDEEMED, LOCKED, REPLACED
	}

	public State stateAt(Instant now) {
		return switch (status) {
			case REDEEMED -> State.REDEEMED;
			case LOCKED -> State.LOCKED;
			case REPLACED -> State.REPLACED;
			case ACTIVE -> now.isBefore(expiresAt) ? State.USABLE : State.EXPIRED;
		};
	}

	/** Attempts left after one more wrong one; 0 means the code is now locked. */
	public int attemptsLeftAfterAWrongOne(int maxAttempts) {
		return Math.max(0, maxAttempts - failedAttempts - 1);
	}
}
