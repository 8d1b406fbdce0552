package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The regional portal account no longer opens this account (the portal unlinked it, or the account was revoked). Names
 * the portal client and its user id since issue 15; null in events from before.
 */
public record AccountPortalUnlinked(UUID personId, @Nullable String portalClientId, @Nullable String portalUserId)
		implements IdentityEvent {

	public static final String TYPE = "identity.account.portal-unlinked";

	public static final String TOPIC = "identity.accounts.v1";
}
