package org.ejd.journal.classes;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** A class, a subgroup, a stream or an individual plan (R), for one academic year. */
public record ClassGroup(UUID id, UUID schoolId,
		@Schema(example = "5А") String name, Kind kind, String academicYear, @Nullable UUID parentId) {

	public enum Kind {
		CLASS, SUBGROUP, STREAM, INDIVIDUAL
	}
}
