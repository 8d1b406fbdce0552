package org.ejd.contracts.identity;

import java.util.UUID;

/** A regional portal account now opens this account without a password (A7); which one stays in identity-service. */
public record AccountPortalLinked(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.portal-linked";

	public static final String TOPIC = "identity.accounts.v1";
}
