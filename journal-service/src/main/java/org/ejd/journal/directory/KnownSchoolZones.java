package org.ejd.journal.directory;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.SchoolZones;
import org.springframework.stereotype.Component;

/** Each school's zone as identity published it, for {@link SchoolTime}: the journal's "today" is the school's own. */
@Component
class KnownSchoolZones implements SchoolZones {

	private final Directory directory;

	KnownSchoolZones(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return directory.timeZoneOfSchool(schoolId).flatMap(SchoolTime::parseZone);
	}
}
