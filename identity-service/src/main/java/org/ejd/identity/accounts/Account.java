package org.ejd.identity.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person's Keycloak user as identity records it. */
public record Account(UUID personId, String keycloakUserId, String username, Instant issuedAt, Status status, Via openedVia,
		@Nullable Instant lockedAt, @Nullable String lockReason, long version) {

	public enum Status {
		ACTIVE, LOCKED
	}

	/** How it was opened: by the school desk with a password, or by its holder with an access code. */
	public enum Via {
		DESK, ACCESS_CODE;

		public String wire() {
			return name().toLowerCase().replace('_', '-');
		}
	}
}
