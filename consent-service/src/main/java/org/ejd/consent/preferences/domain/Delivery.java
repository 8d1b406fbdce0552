package org.ejd.consent.preferences.domain;

import java.util.Locale;

/** Each notification at once, one digest a day, or one a week (on the preference's weekday). */
public enum Delivery {

	IMMEDIATE, DIGEST, WEEKLY;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Delivery ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}
}
