package org.ejd.consent.contacts.domain;

import java.util.Locale;

/** Where a contact leads: an email address or a mobile number for SMS. */
public enum ContactChannel {

	EMAIL, SMS;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ContactChannel ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}
}
