package org.ejd.contracts.identity;

import java.util.UUID;

/** The school unlocked a person's account: they can sign in again with their login and password. */
public record AccountUnlocked(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.unlocked";

	public static final String TOPIC = "identity.accounts.v1";
}
