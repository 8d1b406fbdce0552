package org.ejd.notification.delivery;

/** A way out for a message (SMTP, an SMS provider): one per channel. */
public interface Transport {

	/** {@code email} or {@code sms}. */
	String channel();

	/**
	 * Sends the letter.
	 * @throws DeliveryFailure with {@code permanent} when trying again cannot help (a rejected address)
	 */
	Sent send(Letter letter);

	/** What the provider said: its id of the message (for receipts) and, for SMS, the segments billed. */
	record Sent(@org.jspecify.annotations.Nullable String providerId, int segments) {
	}
}
