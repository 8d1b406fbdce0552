package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A regional portal account now opens this account without a password (A7). Since issue 15 it names the portal client,
 * its user id and the ESIA account id when the portal sent one (the portal's diary view and FGIS «Моя школа», ADR 0021);
 * null in events from before.
 */
public record AccountPortalLinked(UUID personId, @Nullable String portalClientId, @Nullable String portalUserId,
		@Nullable String esiaId) implements IdentityEvent {

	public static final String TYPE = "identity.account.portal-linked";

	public static final String TOPIC = "identity.accounts.v1";
}
