package org.ejd.identity.portal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A portal account that opens a person's diary account, from when it was linked until it ended; the ESIA id when the portal sent it. */
public record PortalLink(UUID id, String identityProvider, String portalUserId, @Nullable String portalUsername,
		UUID personId, Via linkedVia, String linkedBy, Instant linkedAt, @Nullable Instant endedAt,
		@Nullable EndReason endReason, @Nullable String esiaId) {

	/** How the portal proved the user is the holder of the diary account. */
	public enum Via {
		/** The portal's confirmed account carries the SNILS of the registered guardian or student. */
		SNILS,
		/** The user typed the diary login and password once on the portal. */
		CREDENTIALS
	}

	public enum EndReason {
		UNLINKED_BY_PORTAL, ACCOUNT_REVOKED
	}
}
