package org.ejd.consent.preferences.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of diary information a person may be told about (D1, D2, D4, D6, D7, D9, D10); EVENTS: school and city events;
 * PRESENCE: arrival at and leaving school (D14); ACHIEVEMENTS: awards, commendations, olympiad and competition results (J12).
 */
public enum InformationKind {

	MARKS, ATTENDANCE, HOMEWORK, FINAL_MARKS, MESSAGES, RECOMMENDATIONS, EVENTS, PRESENCE, ACHIEVEMENTS;

	private static final Preferences.Setting APP_AT_ONCE = new Preferences.Setting(EnumSet.of(NotificationChannel.APP), Delivery.IMMEDIATE);

	private static final Preferences.Setting NOTHING = new Preferences.Setting(EnumSet.noneOf(NotificationChannel.class), Delivery.IMMEDIATE);

	/**
	 * What a recipient gets until they choose: the in-app feed at once, except presence, which is off (a turnstile posts
	 * twice a school day; a family asks for it). ADR 0045.
	 */
	public Preferences.Setting byDefault() {
		return this == PRESENCE ? NOTHING : APP_AT_ONCE;
	}

	public String wire() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<InformationKind> ofWire(String wire) {
		for (InformationKind kind : values()) {
			if (kind.wire().equals(wire)) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
