package org.ejd.contracts.identity;

import org.jspecify.annotations.Nullable;

/**
 * A message with a secret in it (an access code, a temporary password) for one delivery to its holder's
 * verified contact: the consumer delivers it as is and keeps neither it nor the secret. {@code subject}
 * only for email. {@code toString} hides the text.
 */
public record SecretMessage(String language, @Nullable String subject, String text) {

	@Override
	public String toString() {
		return "SecretMessage[" + language + ", text hidden]";
	}
}
