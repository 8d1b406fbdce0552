package org.ejd.identity.schools;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An educational organisation of the region. */
public record School(UUID id, String name, @Nullable String shortName, String regionCode, String municipality,
		String timeZone, long version) {
}
