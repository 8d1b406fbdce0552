package org.ejd.contracts.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The school gave the account a temporary password, to be changed at the next sign-in: a security notice
 * for the holder. {@code deliveredTo}: on the printed letter, or to the holder's verified {@code email} or
 * {@code sms} contact with {@code message} (the password in it, for one delivery); absent from older producers.
 */
public record AccountPasswordReset(UUID personId, @Nullable String deliveredTo, @Nullable SecretMessage message)
		implements IdentityEvent {

	public static final String TYPE = "identity.account.password-reset";

	public static final String TOPIC = "identity.accounts.v1";

	@Override
	public String toString() {
		return "AccountPasswordReset[personId=" + personId + ", deliveredTo=" + deliveredTo + "]";
	}
}
