package org.ejd.notification.delivery;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One rendered message for one address. {@code unsubscribe} is null for transactional messages
 * (verification codes), which carry no List-Unsubscribe. An SMS carries {@code shortText} alone.
 */
public record Letter(UUID id, String to, String subject, String text, @Nullable String html, String language,
		@Nullable String unsubscribe, String shortText) {

	@Override
	public String toString() {
		// the address stays out of logs
		return "Letter[" + id + "]";
	}
}
