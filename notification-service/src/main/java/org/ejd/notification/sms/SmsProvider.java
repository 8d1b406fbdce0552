package org.ejd.notification.sms;

import org.ejd.notification.delivery.DeliveryFailure;
import org.ejd.notification.sms.domain.Segments;

/** One way to hand an SMS to the operators: an SMSC over SMPP, or an HTTP aggregator. */
public interface SmsProvider {

	/** The name of its breaker, rate limiter and bulkhead, e.g. {@code sms-smpp}. */
	String name();

	/**
	 * Submits all segments to the number; returns the provider's id of the message (of its first part).
	 * @throws DeliveryFailure permanent when the number is refused, transient when the provider is unwell
	 */
	String submit(String to, String from, Segments segments);
}
