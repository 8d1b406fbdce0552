package org.ejd.consent.contacts.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email address or a mobile number of a person. Given in writing (registered by the school) it
 * may be used at once; given electronically it is pending until the person enters the code sent to
 * it, and so is one a regional portal passed with the person's application. A person has at most one verified contact per channel: a newly verified one replaces it.
 */
public record Contact(UUID id, UUID personId, Address address, Source source, Status status, Instant createdAt,
		@Nullable Instant verifiedAt, @Nullable PendingVerification pending) {

	public enum Source {

		PAPER, ELECTRONIC,
		/** passed by a regional portal with the person's access application (seed 000): electronic, verified by code */
		PORTAL;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public enum Status {

		PENDING, VERIFIED, REPLACED, LOCKED,
		/** delivery to it failed for good (notification-service told us): not used until given anew */
		BOUNCED;

		public String wire() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public ContactChannel channel() {
		return address.channel();
	}

	/** A pending contact whose code can no longer be entered because its time is up. */
	public boolean expiredAt(Instant now) {
		return status == Status.PENDING && pending != null && !now.isBefore(pending.expiresAt());
	}
}
