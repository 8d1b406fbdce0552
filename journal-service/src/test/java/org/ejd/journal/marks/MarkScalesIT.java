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

	private static Map<String, Object> mark(School school, String value) {
		return Map.of("studentId", school.studentId(), "classGroupId", school.classGroupId(), "subjectId", school.subjectId(),
				"value", value, "workType", "oral", "workDate", today());
	}
}
