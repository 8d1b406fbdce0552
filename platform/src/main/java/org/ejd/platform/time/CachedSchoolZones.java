package org.ejd.platform.time;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A service's school zones, remembered for half a minute: "today" is asked on nearly every request, and a school's zone
 * changes once in years (issue 13). A school not known yet is asked again each time, so a new school's zone is used as
 * soon as its event arrives; a changed zone is used within the half minute.
 */
final class CachedSchoolZones implements SchoolZones {

	private final SchoolZones lookup;

	private final Cache<UUID, ZoneId> zones = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(Duration.ofSeconds(30))
		.build();

	CachedSchoolZones(SchoolZones lookup) {
		this.lookup = lookup;
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return Optional.ofNullable(zones.get(schoolId, id -> lookup.zoneOf(id).orElse(null)));
	}
}
