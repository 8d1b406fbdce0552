package org.ejd.contracts.identity;

import java.util.UUID;

/** The regional portal account no longer opens this account (the portal unlinked it, or the account was revoked). */
public record AccountPortalUnlinked(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.portal-unlinked";

	public static final String TOPIC = "identity.accounts.v1";
}
