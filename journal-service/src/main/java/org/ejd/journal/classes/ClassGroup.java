package org.ejd.journal.classes;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A class, a subgroup, a stream or an individual plan (R), for one academic year. */
public record ClassGroup(UUID id, UUID schoolId, String name, Kind kind, String academicYear, @Nullable UUID parentId) {

	public enum Kind {
		CLASS, SUBGROUP, STREAM, INDIVIDUAL
	}
}
