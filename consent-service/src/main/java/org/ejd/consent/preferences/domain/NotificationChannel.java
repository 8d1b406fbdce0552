package org.ejd.consent.preferences.domain;

import java.util.Locale;

/** Where a notification may go: the in-app feed, email or SMS. */
public enum NotificationChannel {

	APP, EMAIL, SMS;

	public String wire() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static NotificationChannel ofWire(String wire) {
		return valueOf(wire.toUpperCase(Locale.ROOT));
	}

	/** Email and SMS leave the diary: they need the electronic form and a verified contact. */
	public boolean leavesTheDiary() {
		return this != APP;
	}
}
