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

	public String[] schoolArray() {
		return schools.stream().map(UUID::toString).toArray(String[]::new);
	}

	public String[] regionArray() {
		return regions.toArray(String[]::new);
	}
}
