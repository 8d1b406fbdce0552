package org.ejd.journal.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

class CurriculumIT extends JournalIT {

	@Test
	void lessonsHeldAreCountedAgainstThePlanByTypeWithTheClassResults() {
		School school = school();
		Response plan = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/curriculum", school.adminToken(),
				Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 170))), Map.of());
		assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
		for (int period = 1; period <= 3; period++) {
			api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
					"subjectId", school.subjectId(), "date", today().minusDays(1), "periodNo", period, "type", period == 3 ? "test" : "regular"));
		}
		for (String value : List.of("5", "4", "2", "3")) {
			api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(), "classGroupId",
					school.classGroupId(), "subjectId", school.subjectId(), "value", value, "workType", "oral", "workDate", today()));
		}
		Response stats = api().get("/api/journal/schools/" + school.id() + "/curriculum-statistics?from=" + today().minusDays(30)
				+ "&to=" + today(), school.adminToken());
		assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
		var row = stats.json().get(0);
		assertThat(row.get("plannedHours").asInt()).isEqualTo(170);
		assertThat(row.get("held").asInt()).isEqualTo(3);
		assertThat(row.get("regular").asInt()).isEqualTo(2);
		assertThat(row.get("tests").asInt()).isEqualTo(1);
		assertThat(row.get("marks").asInt()).isEqualTo(4);
		assertThat(row.get("shareGood").decimalValue()).isEqualByComparingTo("50.0");
		assertThat(row.get("shareWithoutTwo").decimalValue()).isEqualByComparingTo("75.0");
		assertThat(row.get("average").decimalValue()).isEqualByComparingTo("3.50");
	}

	@Test
	void aTeacherSetsNoPlanAndSeesNoSchoolStatistics() {
		School school = school();
		assertThat(api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/curriculum", school.teacherToken(),
				Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 170))), Map.of()).status())
			.isEqualTo(403);
		assertThat(api().get("/api/journal/schools/" + school.id() + "/curriculum-statistics?from=" + today().minusDays(30)
				+ "&to=" + today(), school.teacherToken()).status()).isEqualTo(403);
		Response bad = api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/curriculum", school.adminToken(),
				Map.of("entries", List.of(Map.of("subjectId", school.subjectId(), "plannedHours", 0))), Map.of());
		assertThat(bad.status()).isEqualTo(422);
	}
}
