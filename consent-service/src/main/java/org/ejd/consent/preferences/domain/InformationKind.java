package org.ejd.consent.preferences.domain;

import java.util.Locale;
import java.util.Optional;

/** The kinds of diary information a person may be told about (D1, D2, D4, D6, D7, D9, D10); EVENTS: school and city events. */
public enum InformationKind {

	MARKS, ATTENDANCE, HOMEWORK, FINAL_MARKS, MESSAGES, RECOMMENDATIONS, EVENTS;

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
