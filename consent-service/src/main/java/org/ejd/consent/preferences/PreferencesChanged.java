package org.ejd.consent.preferences;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.consent.preferences.domain.Preferences;
import org.ejd.consent.preferences.domain.QuietHours;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** consent.preferences.changed on consent.preferences.v1, keyed by the recipient: the complete setting for one student. */
public record PreferencesChanged(UUID eventId, Instant occurredAt, long version, @Nullable UUID schoolId, Data data)
		implements IntegrationEvent {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	public static PreferencesChanged of(UUID personId, UUID studentId, Preferences p, Instant changedAt, long version, @Nullable UUID schoolId) {
		Map<String, Setting> kinds = new LinkedHashMap<>();
		p.kinds().forEach((kind, setting) -> kinds.put(kind.wire(),
				new Setting(setting.channels().stream().map(NotificationChannel::wire).toList(), setting.delivery().wire())));
		QuietHours quiet = p.quietHours();
		return new PreferencesChanged(UUID.randomUUID(), changedAt, version, schoolId, new Data(personId, studentId, kinds,
				quiet == null ? null : new Quiet(HH_MM.format(quiet.from()), HH_MM.format(quiet.to())), p.timeZone().getId(),
				p.weeklyOn() == null ? null : p.weeklyOn().name().toLowerCase(java.util.Locale.ROOT), p.language(), changedAt));
	}

	@Override public String topic() { return "consent.preferences.v1"; }
	@Override public String type() { return "consent.preferences.changed"; }
	@Override public String key() { return data.personId().toString(); }
	@Override public String subject() { return data.personId().toString(); }

	public record Data(UUID personId, UUID studentId, Map<String, Setting> kinds, @Nullable Quiet quietHours, String timeZone,
			@Nullable String weeklyOn, @Nullable String language, Instant changedAt) {
	}

	public record Setting(List<String> channels, String delivery) {
	}

	public record Quiet(String from, String to) {
	}
}
