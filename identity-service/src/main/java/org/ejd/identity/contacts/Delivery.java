package org.ejd.identity.contacts;

import org.jspecify.annotations.Nullable;

/**
 * Where a secret went: {@code letter} (printed at the desk, handed over), or the holder's verified
 * {@code email} or {@code sms} contact, named by its masked form only.
 */
public record Delivery(String channel, @Nullable String maskedDestination) {

	public static final Delivery LETTER = new Delivery("letter", null);

	public boolean sent() {
		return !"letter".equals(channel);
	}
}
