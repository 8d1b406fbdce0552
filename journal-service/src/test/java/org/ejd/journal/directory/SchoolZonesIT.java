package org.ejd.journal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.platform.time.SchoolTime;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SchoolZonesIT extends JournalIT {

	@Autowired
	SchoolTime time;

	@Autowired
	Directory directory;

	@Test
	void aSchoolLivesInTheZoneIdentityPublishesWithItAndAnUnknownZoneFallsBackToTheDefault() {
		UUID kamchatka = school("Asia/Kamchatka");
		UUID misspelt = school("Asia/Kamchatca");
		Eventually.until(() -> directory.knowsSchool(kamchatka) && directory.knowsSchool(misspelt), known -> known,
				Duration.ofSeconds(30));
		assertThat(time.zone(kamchatka)).isEqualTo(ZoneId.of("Asia/Kamchatka"));
		assertThat(time.zone(misspelt)).as("a zone no calendar knows").isEqualTo(time.defaultZone());
		assertThat(time.zone(UUID.randomUUID())).as("a school not heard of yet").isEqualTo(time.defaultZone());
	}

	private static UUID school(String timeZone) {
		UUID id = UUID.randomUUID();
		publish("identity.schools.v1", "identity.school.registered", id, id, Map.of("schoolId", id, "name", "Школа " + id,
				"regionCode", "41", "municipality", "Петропавловск-Камчатский", "timeZone", timeZone));
		return id;
	}
}
