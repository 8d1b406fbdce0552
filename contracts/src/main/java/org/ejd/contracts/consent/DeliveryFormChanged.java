package org.ejd.contracts.consent;

import java.time.Instant;
import java.util.UUID;

/** A guardian or an adult student chose how they get diary information (C2): paper means a weekly printed statement and no email or SMS. */
public record DeliveryFormChanged(UUID personId, String form, boolean weeklyPrintedStatement, boolean electronicDeliveryAllowed,
		String channel, UUID registeredBy, Instant changedAt) implements ConsentEvent {

	public static final String TYPE = "consent.delivery-form.changed";

	public static final String TOPIC = "consent.records.v1";
}
