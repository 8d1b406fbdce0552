package org.ejd.consent.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.consent.preferences.domain.Delivery;
import org.ejd.consent.preferences.domain.InformationKind;
import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.consent.preferences.domain.Preferences;
import org.ejd.consent.preferences.domain.QuietHours;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Preferences per recipient and student; the per-kind settings are one JSON document (they are always read whole). */
@Repository
class PreferenceStore {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	PreferenceStore(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(UUID personId, UUID studentId, Preferences p, Instant changedAt, long version) {
		QuietHours quiet = p.quietHours();
		jdbc.sql("""
				insert into preference (person_id, student_id, kinds, quiet_from, quiet_to, time_zone, changed_at, version, weekly_on, language)
				values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?)
				on conflict (person_id, student_id) do update set kinds = excluded.kinds, quiet_from = excluded.quiet_from,
				  quiet_to = excluded.quiet_to, time_zone = excluded.time_zone, changed_at = excluded.changed_at, version = excluded.version,
				  weekly_on = excluded.weekly_on, language = excluded.language""")
			.params(personId, studentId, json.writeValueAsString(kindsDocument(p)), quiet == null ? null : quiet.from(),
					quiet == null ? null : quiet.to(), p.timeZone().getId(), OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC), version,
					p.weeklyOn() == null ? null : p.weeklyOn().name(), p.language())
			.update();
	}

	Optional<Stored> find(UUID personId, UUID studentId) {
		return jdbc.sql("""
				select kinds::text as kinds, quiet_from, quiet_to, time_zone, changed_at, weekly_on, language
				from preference where person_id = ? and student_id = ?""")
			.params(personId, studentId)
			.query((rs, row) -> {
				LocalTime from = rs.getObject("quiet_from", LocalTime.class);
				LocalTime to = rs.getObject("quiet_to", LocalTime.class);
				Preferences preferences = new Preferences(kinds(json.readTree(rs.getString("kinds"))),
						from == null || to == null ? null : new QuietHours(from, to), SchoolTime.zoneOf(rs.getString("time_zone")),
						rs.getString("weekly_on") == null ? null : java.time.DayOfWeek.valueOf(rs.getString("weekly_on")), rs.getString("language"));
				return new Stored(preferences, rs.getObject("changed_at", OffsetDateTime.class).toInstant());
			})
			.optional();
	}

	static Map<String, Object> kindsDocument(Preferences p) {
		Map<String, Object> document = new LinkedHashMap<>();
		p.kinds().forEach((kind, setting) -> document.put(kind.wire(),
				Map.of("channels", setting.channels().stream().map(NotificationChannel::wire).toList(), "delivery", setting.delivery().wire())));
		return document;
	}

	private static Map<InformationKind, Preferences.Setting> kinds(JsonNode document) {
		Map<InformationKind, Preferences.Setting> kinds = new EnumMap<>(InformationKind.class);
		document.properties().forEach(entry -> InformationKind.ofWire(entry.getKey()).ifPresent(kind -> {
			Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
			entry.getValue().get("channels").forEach(channel -> channels.add(NotificationChannel.ofWire(channel.asString())));
			kinds.put(kind, new Preferences.Setting(channels, Delivery.ofWire(entry.getValue().get("delivery").asString())));
		}));
		return kinds;
	}

	/** @param changedAt null for defaults never saved */
	record Stored(Preferences preferences, @Nullable Instant changedAt) {
	}
}
