package org.ejd.journal.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.platform.events.EventContracts;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.EventProbe;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class TransferIT extends JournalIT {

	@Test
	void aStudentMovesClassMidYearAndTheOldClassKeepsItsHistory() {
		School school = school();
		String target = api().post("/api/journal/schools/" + school.id() + "/class-groups", school.adminToken(),
				Map.of("name", "5Б", "academicYear", "2026/2027")).json().get("id").asString();
		Map<String, Object> yesterday = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "4", "workType", "oral", "workDate", today().minusDays(1));
		assertThat(api().post("/api/journal/marks", school.teacherToken(), yesterday).status()).isEqualTo(201);

		Response moved = api().post("/api/journal/class-groups/" + school.classGroupId() + "/enrolments/" + school.studentId()
				+ "/transfer", school.adminToken(), Map.of("toClassGroupId", target, "from", today()));
		assertThat(moved.status()).as(moved.toString()).isEqualTo(201);

		assertThat(api().post("/api/journal/marks", school.teacherToken(), yesterday).status())
			.as("yesterday the student was still in 5А").isEqualTo(201);
		Map<String, Object> todayMark = Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "value", "4", "workType", "oral", "workDate", today());
		assertThat(api().post("/api/journal/marks", school.teacherToken(), todayMark).status())
			.as("from today the student is in 5Б").isEqualTo(422);
		var ended = EventProbe.await("journal.enrolments.v1", r -> r.key().equals(school.studentId().toString())
				&& r.value().contains("\"to\""), Duration.ofSeconds(30));
		new EventContracts().validate("journal.enrolments.v1", JsonMapper.builder().build().readTree(ended.value()));

		assertThat(api().post("/api/journal/class-groups/" + school.classGroupId() + "/enrolments/" + school.studentId()
				+ "/transfer", school.adminToken(), Map.of("toClassGroupId", target, "from", today())).status())
			.as("no longer in 5А: nothing to transfer").isEqualTo(422);
	}
}
