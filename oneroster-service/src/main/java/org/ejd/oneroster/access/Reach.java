package org.ejd.oneroster.access;

import java.util.List;
import java.util.UUID;

import org.ejd.platform.security.Caller;

/**
 * What one OneRoster client may see: the schools it is bound to (those of its regions included) and its regions
 * (for the region's own org); and who reads, for the audit of students' data read.
 */
public record Reach(String clientId, List<UUID> schools, List<String> regions, Caller reader) {

	public Reach {
		schools = List.copyOf(schools);
		regions = List.copyOf(regions);
	}

	public boolean covers(UUID school) {
		return schools.contains(school);
	}

	/** The schools as a typed {@code uuid[]} parameter: a text array cast in a filter is parsed again for every row (ADR 0113). */
	public UUID[] schoolArray() {
		return schools.toArray(UUID[]::new);
	}

	public String[] regionArray() {
		return regions.toArray(String[]::new);
	}
}
