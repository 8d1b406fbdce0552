package org.ejd.platform.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * "Now" and "today" for a school: the business clock read in the school's own time zone. Every
 * "today", deadline and default date range of a use case comes from here, never from the
 * server's zone or a zone written in code.
 */
public final class SchoolTime {

	private final Clock clock;

	private final SchoolZones zones;

	private final ZoneId defaultZone;

	public SchoolTime(Clock clock, SchoolZones zones, ZoneId defaultZone) {
		this.clock = clock;
		this.zones = zones;
		this.defaultZone = defaultZone;
	}

	/** The instant of now, for timestamps; zone-free. */
	public Instant now() {
		return clock.instant();
	}

	/** The school's zone, or the configured default while the school's own is not known. */
	public ZoneId zone(UUID schoolId) {
		return zones.zoneOf(schoolId).orElse(defaultZone);
	}

	/** The school's date now: what "today" means for its teachers and families. */
	public LocalDate today(UUID schoolId) {
		return today(zone(schoolId));
	}

	public LocalDate today(ZoneId zone) {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** Now on the school's wall clock. */
	public ZonedDateTime nowAt(UUID schoolId) {
		return ZonedDateTime.ofInstant(clock.instant(), zone(schoolId));
	}

	/** The date an instant falls on at the school. */
	public LocalDate dateAt(UUID schoolId, Instant instant) {
		return LocalDate.ofInstant(instant, zone(schoolId));
	}

	/** The zone for a caller who names no school: the configured default. */
	public ZoneId defaultZone() {
		return defaultZone;
	}

	/** The clock, for code that needs a {@link Clock} (e.g. {@code LocalDate.now(clock)} in UTC). */
	public Clock clock() {
		return clock;
	}

	/**
	 * A zone id read from a service's own data, where it was checked on the way in: the one place
	 * (with {@link #parseZone}) where a zone is parsed, so that no zone is written in code (an
	 * architecture rule checks it).
	 * @throws DateTimeException for an id that is not a zone
	 */
	public static ZoneId zoneOf(String id) {
		return PARSE.apply(id);
	}

	/** The parser of zone ids; the rest of the code base calls it only through this class. */
	private static final java.util.function.Function<String, ZoneId> PARSE = ZoneId::of;

	/** A zone id from outside (an event, a request): empty when missing or not a zone. */
	public static Optional<ZoneId> parseZone(@org.jspecify.annotations.Nullable String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(PARSE.apply(id));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}
}
