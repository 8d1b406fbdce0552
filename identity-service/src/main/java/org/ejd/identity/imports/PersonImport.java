package org.ejd.identity.imports;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One import of a CSV file into a school's registries, as recorded for polling. */
public record PersonImport(UUID id, UUID schoolId, String caller, Instant startedAt, @Nullable Instant finishedAt, int rows,
		String status, int rejected, int students, int guardians, int links) {
}
