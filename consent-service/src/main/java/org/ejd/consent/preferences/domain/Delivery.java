package org.ejd.consent.preferences.domain;

import java.util.Locale;

/** Each notification at once, or one digest a day. */
public enum Delivery {

	IMMEDIATE, DIGEST;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Delivery ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}
}
