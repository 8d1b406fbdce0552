package org.ejd.consent.preferences.domain;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What a recipient wants to hear about a student, how and when (N2): per kind of information the
 * channels and immediate, daily or weekly digest delivery; quiet hours in a time zone; the weekday of
 * the weekly digest (null: the school's day, which notification-service knows) and the language the
 * recipient reads (null: Russian). Always complete: a kind not mentioned keeps its default
 * ({@link InformationKind#byDefault()}: the in-app feed immediately; nothing for presence).
 */
public record Preferences(Map<InformationKind, Setting> kinds, @Nullable QuietHours quietHours, ZoneId timeZone,
		@Nullable DayOfWeek weeklyOn, @Nullable String language) {

	/** The default of most kinds: the in-app feed, immediately. */
	public static final Setting DEFAULT_SETTING = new Setting(EnumSet.of(NotificationChannel.APP), Delivery.IMMEDIATE);

	public Preferences {
		EnumMap<InformationKind, Setting> complete = new EnumMap<>(InformationKind.class);
		for (InformationKind kind : InformationKind.values()) {
			complete.put(kind, kinds.getOrDefault(kind, kind.byDefault()));
		}
		kinds = Collections.unmodifiableMap(complete);
	}

	public Preferences(Map<InformationKind, Setting> kinds, @Nullable QuietHours quietHours, ZoneId timeZone) {
		this(kinds, quietHours, timeZone, null, null);
	}

	public static Preferences defaults(ZoneId timeZone) {
		return new Preferences(Map.of(), null, timeZone);
	}

	/** Every channel used for some kind of information. */
	public Set<NotificationChannel> channels() {
		Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
		kinds.values().forEach(setting -> channels.addAll(setting.channels()));
		return channels;
	}

	/** @param channels empty: nothing of this kind is sent */
	public record Setting(Set<NotificationChannel> channels, Delivery delivery) {

		public Setting {
			channels = channels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(channels));
		}
	}
}
