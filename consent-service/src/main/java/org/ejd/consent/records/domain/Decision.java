package org.ejd.consent.records.domain;

import java.util.Locale;

/** What a person decided about the processing of personal data (C1). */
public enum Decision {

	/** Consent given. */
	GIVEN,
	/** Consent refused (never given, or declined again). */
	REFUSED,
	/** A consent given before is withdrawn (152-FZ art. 9 p. 2). */
	WITHDRAWN;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Decision ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}
}
