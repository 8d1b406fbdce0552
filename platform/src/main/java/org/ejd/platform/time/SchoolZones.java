package org.ejd.platform.time;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a school lives: each service answers it from its own projection of
 * {@code identity.school.registered} (identity publishes the school's time zone).
 */
@FunctionalInterface
public interface SchoolZones {

	/** The school's zone; empty when the service has not heard of the school or of its zone. */
	Optional<ZoneId> zoneOf(UUID schoolId);
}
