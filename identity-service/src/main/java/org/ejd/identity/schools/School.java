package org.ejd.identity.schools;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An educational organisation of a municipality; its region is the municipality's, kept beside it
 * (the database holds the two consistent) so that deciding by region needs no join.
 * @param municipality the municipality's name, as consumers of identity.school.registered read it
 */
public record School(UUID id, String name, @Nullable String shortName, String regionCode, UUID municipalityId,
		String municipality, String timeZone, long version) {
}
