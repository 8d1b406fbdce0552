package org.ejd.consent.preferences;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.consent.ConsentProperties;
import org.ejd.consent.preferences.domain.Delivery;
import org.ejd.consent.preferences.domain.InformationKind;
import org.ejd.consent.preferences.domain.NotificationChannel;
import org.ejd.consent.preferences.domain.Preferences;
import org.ejd.consent.preferences.domain.QuietHours;
import org.ejd.platform.security.Callers;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/consent/persons/{personId}/students/{studentId}/preferences")
class PreferencesController {

	private static final String HH_MM = "([01][0-9]|2[0-3]):[0-5][0-9]";

	private final PreferenceBook book;

	private final ConsentProperties properties;

	PreferencesController(PreferenceBook book, ConsentProperties properties) {
		this.book = book;
		this.properties = properties;
	}

	@GetMapping
	PreferencesResponse preferences(@PathVariable UUID personId, @PathVariable UUID studentId) {
		return PreferencesResponse.of(personId, studentId, book.of(Callers.current(), personId, studentId));
	}

	@PutMapping
	PreferencesResponse change(@PathVariable UUID personId, @PathVariable UUID studentId, @Valid @RequestBody PreferencesRequest request) {
		return PreferencesResponse.of(personId, studentId, book.change(Callers.current(), personId, studentId, preferences(request)));
	}

	/** The wire form to the domain: names checked here so that each mistake gets its own clear message. */
	private Preferences preferences(PreferencesRequest request) {
		Map<InformationKind, Preferences.Setting> kinds = new EnumMap<>(InformationKind.class);
		if (request.kinds() != null) {
			request.kinds().forEach((name, setting) -> {
				InformationKind kind = InformationKind.ofWire(name)
					.orElseThrow(() -> Refusal.invalid("consent.preferences.unknown-kind", name));
				Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
				setting.channels().forEach(channel -> channels.add(NotificationChannel.ofWire(channel)));
				kinds.put(kind, new Preferences.Setting(channels, Delivery.ofWire(setting.delivery())));
			});
		}
		QuietHours quiet = null;
		if (request.quietHours() != null) {
			try {
				quiet = new QuietHours(LocalTime.parse(request.quietHours().from()), LocalTime.parse(request.quietHours().to()));
			}
			catch (IllegalArgumentException ex) {
				throw Refusal.invalid("consent.preferences.quiet-hours-empty");
			}
		}
		ZoneId zone = request.timeZone() == null ? properties.timeZone()
				: SchoolTime.parseZone(request.timeZone())
					.orElseThrow(() -> Refusal.invalid("consent.preferences.bad-time-zone", request.timeZone()));
		java.time.DayOfWeek weeklyOn = request.weeklyOn() == null ? null
				: java.time.DayOfWeek.valueOf(request.weeklyOn().toUpperCase(java.util.Locale.ROOT));
		return new Preferences(kinds, quiet, zone, weeklyOn, request.language());
	}

	record PreferencesRequest(@Nullable Map<String, @Valid @NotNull(message = "{consent.validation.required}") SettingRequest> kinds,
			@Valid @Nullable QuietHoursRequest quietHours,
			@Size(max = 64, message = "{consent.validation.time-zone}") @Nullable String timeZone,
			@Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday", message = "{consent.validation.weekday}") @Nullable String weeklyOn,
			@Pattern(regexp = "ru|en", message = "{consent.validation.language}") @Nullable String language) {
	}

	record SettingRequest(
			@NotNull(message = "{consent.validation.required}") @Size(max = 3, message = "{consent.validation.notification-channel}") List<@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "app|email|sms", message = "{consent.validation.notification-channel}") String> channels,
			@NotNull(message = "{consent.validation.required}") @Pattern(regexp = "immediate|digest|weekly", message = "{consent.validation.delivery}") String delivery) {
	}

	record QuietHoursRequest(
			@NotNull(message = "{consent.validation.required}") @Size(max = 5, message = "{consent.validation.time}") @Pattern(regexp = HH_MM, message = "{consent.validation.time}") String from,
			@NotNull(message = "{consent.validation.required}") @Size(max = 5, message = "{consent.validation.time}") @Pattern(regexp = HH_MM, message = "{consent.validation.time}") String to) {
	}

	record SettingResponse(@ArraySchema(schema = @Schema(allowableValues = { "app", "email", "sms" })) List<String> channels,
			@Schema(allowableValues = { "immediate", "digest", "weekly" }) String delivery) {
	}

	record QuietHoursResponse(@Schema(example = "22:00") String from, @Schema(example = "07:00") String to) {
	}

	/** @param saved false while the recipient has never set anything: these are the defaults */
	record PreferencesResponse(UUID personId, UUID studentId, Map<String, SettingResponse> kinds,
			@Nullable QuietHoursResponse quietHours, String timeZone,
			@Schema(allowableValues = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }) @Nullable String weeklyOn, String language,
			@Nullable Instant changedAt, boolean saved) {

		static PreferencesResponse of(UUID personId, UUID studentId, PreferenceStore.Stored stored) {
			Preferences p = stored.preferences();
			Map<String, SettingResponse> kinds = new LinkedHashMap<>();
			p.kinds().forEach((kind, setting) -> kinds.put(kind.wire(),
					new SettingResponse(setting.channels().stream().map(NotificationChannel::wire).toList(), setting.delivery().wire())));
			DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
			QuietHours quiet = p.quietHours();
			return new PreferencesResponse(personId, studentId, kinds,
					quiet == null ? null : new QuietHoursResponse(hhmm.format(quiet.from()), hhmm.format(quiet.to())),
					p.timeZone().getId(), p.weeklyOn() == null ? null : p.weeklyOn().name().toLowerCase(java.util.Locale.ROOT),
					p.language() == null ? "ru" : p.language(), stored.changedAt(), stored.changedAt() != null);
		}
	}
}
