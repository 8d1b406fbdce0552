package org.ejd.identity.access;

import java.util.Optional;
import java.util.UUID;

/** Where a school is: the region code it has in the school registry (the region of its municipality). */
public interface SchoolRegions {

	Optional<String> regionOf(UUID schoolId);
}
