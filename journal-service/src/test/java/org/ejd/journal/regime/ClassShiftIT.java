package org.ejd.journal.regime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class ClassShiftIT extends JournalIT {

	@Test
	void theSchoolAdminPutsAClassIntoTheSecondShiftAndTheDiaryIsToldBesideTheBells() {
		School school = school();
		String path = "/api/journal/class-groups/" + school.classGroupId() + "/shift";
		assertThat(api().get(path, school.teacherToken()).json().get("shift").asInt()).as("never set: shift 1").isEqualTo(1);

		Response set = api().send("PUT", path, school.adminToken(), Map.of("shift", 2), Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		assertThat(set.json().get("version").asLong()).isEqualTo(1);
		assertThat(api().get(path, school.teacherToken()).json().get("shift").asInt()).isEqualTo(2);
		ConsumerRecord<String, String> event = EventProbe.await("journal.regime.v1",
				r -> r.value().contains("journal.class-shift.set") && r.value().contains(school.classGroupId().toString()),
				Duration.ofSeconds(30));
		assertThat(event.key()).as("keyed by school, like the bells").isEqualTo(school.id().toString());
		assertThat(event.value()).contains("\"shift\":2");
		new EventContracts().validate("journal.regime.v1", JsonMapper.builder().build().readTree(event.value()));

		assertThat(api().send("PUT", path, school.adminToken(), Map.of("shift", 1), Map.of()).json().get("version").asLong())
			.as("each change is a new version").isEqualTo(2);
	}

	@Test
	void aShiftOutsideOneToThreeIsRefusedAndOnlyTheSchoolsOwnAdminSetsIt() {
		School school = school();
		School other = school();
		String path = "/api/journal/class-groups/" + school.classGroupId() + "/shift";
		Response four = api().send("PUT", path, school.adminToken(), Map.of("shift", 4), Map.of());
		assertThat(four.status()).isEqualTo(400);
		assertThat(four.json().get("detail").asString()).isEqualTo("Смена указывается числом от 1 до 3.");
		assertThat(api().send("PUT", path, school.teacherToken(), Map.of("shift", 2), Map.of()).status()).isEqualTo(403);
		assertThat(api().send("PUT", path, other.adminToken(), Map.of("shift", 2), Map.of()).status()).isEqualTo(404);
		assertThat(api().get(path, school.teacherToken()).json().get("shift").asInt()).as("nothing written").isEqualTo(1);
	}
}
