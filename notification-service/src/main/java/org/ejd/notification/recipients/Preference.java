package org.ejd.notification.recipients;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;

/**
 * What a recipient wants to hear about one student: per kind its channels and delivery (immediate, digest
 * daily or weekly), quiet hours in a zone, the weekday of the weekly digest. A kind the recipient's latest
 * {@code consent.preferences.changed} did not list (it is older than the kind) has consent's default: the in-app
 * feed at once, and nothing for {@code presence} (ADR 0045).
 */
public record Preference(Map<String, Setting> kinds, Times times) {

	private static final Setting APP_AT_ONCE = new Setting(List.of("app"), "immediate");

	private static final Setting NOTHING = new Setting(List.of(), "immediate");

	public boolean lists(String kind, String channel) {
		return setting(kind).channels().contains(channel);
	}

	/** Collected into a digest, daily or weekly. */
	public boolean digest(String kind) {
		Setting setting = setting(kind);
		return "digest".equals(setting.delivery()) || "weekly".equals(setting.delivery());
	}

	/** Collected into the weekly digest. */
	public boolean weekly(String kind) {
		return "weekly".equals(setting(kind).delivery());
	}

	private Setting setting(String kind) {
		Setting setting = kinds.get(kind);
		if (setting != null) {
			return setting;
		}
		return "presence".equals(kind) ? NOTHING : APP_AT_ONCE;
	}

	/** The weekday of the recipient's weekly digest, empty when they left it to the default. */
	public Optional<java.time.DayOfWeek> weeklyOn() {
		return times.weeklyOn() == null ? Optional.empty()
				: Optional.of(java.time.DayOfWeek.valueOf(times.weeklyOn().toUpperCase(java.util.Locale.ROOT)));
	}

	/** The recipient's zone, empty when the stored one is not a zone. */
	public Optional<ZoneId> zone() {
		return SchoolTime.parseZone(times.timeZone());
	}

	/** Quiet hours, empty when none are set. */
	public Optional<QuietHours> quietHours() {
		if (times.quietFrom() == null || times.quietTo() == null) {
			return Optional.empty();
		}
		return Optional.of(new QuietHours(LocalTime.parse(times.quietFrom()), LocalTime.parse(times.quietTo())));
	}

	public record Setting(List<String> channels, String delivery) {
	}

	public record Times(@Nullable String quietFrom, @Nullable String quietTo, String timeZone, @Nullable String weeklyOn) {
	}
}
