package org.ejd.contracts.consent;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a recipient wants to hear about a student, how and when (N2): always the complete setting for
 * the pair. {@code kinds} is keyed by the wire names in {@link #KINDS} (a map: {@code final-marks} is
 * no Java name).
 */
public record PreferencesChanged(UUID personId, UUID studentId, Map<String, Setting> kinds, @Nullable QuietHours quietHours,
		String timeZone, @Nullable String weeklyOn, @Nullable String language, Instant changedAt) implements ConsentEvent {

	public static final String TYPE = "consent.preferences.changed";

	public static final String TOPIC = "consent.preferences.v1";

	/**
	 * The kinds of information, as {@code kinds} names them; every one is present (the last four since they were added: an older
	 * event without {@code presence} means it off, without another one the in-app feed at once).
	 */
	public static final List<String> KINDS = List.of("marks", "attendance", "homework", "final-marks", "messages", "recommendations",
			"events", "presence", "achievements");

	/** Channels (app, email, sms; empty: nothing is sent) and delivery (immediate, digest daily or weekly) for one kind of information. */
	public record Setting(List<String> channels, String delivery) {
	}

	/** No email or SMS between {@code from} and {@code to} (HH:mm, local time in timeZone; may span midnight). */
	public record QuietHours(String from, String to) {
	}
}
