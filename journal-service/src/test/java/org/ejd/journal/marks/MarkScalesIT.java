package org.ejd.journal.marks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

class MarkScalesIT extends JournalIT {

	@Test
	void aSchoolThatGradesPassFailOnlyRefusesFivePointMarks() {
		School school = school();
		assertThat(api().get("/api/journal/schools/" + school.id() + "/mark-scales", school.teacherToken()).json().size())
			.as("all scales until the school decides").isEqualTo(3);
		Response set = api().send("PUT", "/api/journal/schools/" + school.id() + "/mark-scales", school.adminToken(),
				Map.of("fivePoint", false, "passFail", true, "notes", true), Map.of());
		assertThat(set.status()).as(set.toString()).isEqualTo(200);
		Response five = api().post("/api/journal/marks", school.teacherToken(), mark(school, "5"));
		assertThat(five.status()).isEqualTo(400);
		assertThat(five.json().get("detail").asString()).contains("шкалу");
		assertThat(api().post("/api/journal/marks", school.teacherToken(), mark(school, "зачёт")).status()).isEqualTo(201);
		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/mark-scales", school.teacherToken(),
				Map.of("fivePoint", true, "passFail", true, "notes", true), Map.of()).status()).isEqualTo(403);
		assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/mark-scales", school.adminToken(),
				Map.of("fivePoint", false, "passFail", false, "notes", true), Map.of()).status()).isEqualTo(400);
	}

	@Test
	void eachChangeOfTheScalesIsPublishedForTheDiaryWithItsVersion() {
		School school = school();
		for (boolean notes : new boolean[] { false, true }) {
			assertThat(api().send("PUT", "/api/journal/schools/" + school.id() + "/mark-scales", school.adminToken(),
					Map.of("fivePoint", true, "passFail", true, "notes", notes), Map.of()).status()).isEqualTo(200);
		}
		var second = org.ejd.testkit.EventProbe.await("journal.policies.v1", r -> school.id().toString().equals(r.key())
				&& r.value().contains("journal.mark-scales.changed") && r.value().contains("\"version\":2"),
				java.time.Duration.ofSeconds(30));
		assertThat(second.value()).contains("\"notes\":true", "\"fivePoint\":true");
	}

	private static Map<String, Object> mark(School school, String value) {
		return Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"value", value, "workType", "oral", "workDate", today());
	}
}
