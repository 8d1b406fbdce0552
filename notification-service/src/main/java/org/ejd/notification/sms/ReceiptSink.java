package org.ejd.notification.sms;

import org.jspecify.annotations.Nullable;

/** Where a provider's delivery receipt goes: the message with that provider id becomes DELIVERED or FAILED. */
@FunctionalInterface
public interface ReceiptSink {

	void receipt(String providerId, boolean delivered, @Nullable String error);
}
