package org.ejd.contracts.identity;

import java.util.UUID;

/** The school gave the account a temporary password, to be changed at the next sign-in: a security notice, never the password. */
public record AccountPasswordReset(UUID personId) implements IdentityEvent {

	public static final String TYPE = "identity.account.password-reset";

	public static final String TOPIC = "identity.accounts.v1";
}
