package org.ejd.contracts.identity;

import java.util.UUID;

/** The school revoked a person's account: the user no longer exists (a new account later has a higher version). */
public record AccountRevoked(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.revoked";

	public static final String TOPIC = "identity.accounts.v1";
}
