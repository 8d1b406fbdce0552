package org.ejd.identity.regions;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A municipality of a region, where schools are; unique by name within its region. */
public record Municipality(UUID id, String regionCode, String name, @Nullable String oktmo, long version) {
}
