package org.ejd.contracts.identity;

import java.util.UUID;

/** The school locked a person's account: they cannot sign in until it is unlocked. */
public record AccountLocked(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.locked";

	public static final String TOPIC = "identity.accounts.v1";
}
