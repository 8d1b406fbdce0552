package org.ejd.consent.contacts.domain;

import java.time.Instant;

/** A code sent and not yet entered: it expires, and a number of wrong tries locks it for good. */
public record PendingVerification(VerificationCode.Hashed code, Instant expiresAt, int failedAttempts) {

	/** What entering a candidate code gives. */
	public sealed interface Check permits Match, Wrong, Expired, Locked {
	}

	public record Match() implements Check {
	}

	/** @param attemptsLeft 0 when this wrong try used up the last one: the code is now locked */
	public record Wrong(int attemptsLeft) implements Check {
	}

	public record Expired() implements Check {
	}

	public record Locked() implements Check {
	}

	/** A locked code stays locked even after it expires; an expired one is not tried (nor counted). */
	public Check check(String candidate, Instant now, int maxAttempts) {
		if (failedAttempts >= maxAttempts) {
			return new Locked();
		}
		if (!now.isBefore(expiresAt)) {
			return new Expired();
		}
		if (code.matches(candidate)) {
			return new Match();
		}
		return new Wrong(maxAttempts - failedAttempts - 1);
	}
}
