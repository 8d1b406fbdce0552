package org.ejd.consent.delivery.domain;

import java.util.Locale;

/** How a guardian or an adult student gets diary information (C2). */
public enum DeliveryForm {

	/** The diary on the web, apps, email and SMS as the person's preferences say. */
	ELECTRONIC,
	/** The electronic form refused: a printed statement at least weekly (D11), no email or SMS. */
	PAPER;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static DeliveryForm ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	public boolean allowsEmailAndSms() {
		return this == ELECTRONIC;
	}
}
