package org.ejd.notification.recipients;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;

/** What a recipient wants to hear about one student: per kind its channels and delivery, and quiet hours in a zone. */
public record Preference(Map<String, Setting> kinds, Times times) {

	public boolean lists(String kind, String channel) {
		Setting setting = kinds.get(kind);
		return setting != null && setting.channels().contains(channel);
	}

	public boolean digest(String kind) {
		Setting setting = kinds.get(kind);
		return setting != null && "digest".equals(setting.delivery());
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

	public record Times(@Nullable String quietFrom, @Nullable String quietTo, String timeZone) {
	}
}
