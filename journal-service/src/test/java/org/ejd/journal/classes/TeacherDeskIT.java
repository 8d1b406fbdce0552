package org.ejd.journal.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

class TeacherDeskIT extends JournalIT {

	@Test
	void aTeacherSeesTheirAssignmentsAndTheClassListButNotAnotherSchoolsClass() {
		School school = school();
		Response mine = api().get("/api/journal/me/assignments", school.teacherToken());
		assertThat(mine.json().get(0).get("classGroupName").asString()).isEqualTo("5А");
		assertThat(mine.json().get(0).get("subjectName").asString()).isEqualTo("Математика");
		Response pupils = api().get("/api/journal/class-groups/" + school.classGroupId() + "/students", school.teacherToken());
		assertThat(pupils.json().size()).isEqualTo(1);
		assertThat(pupils.json().get(0).get("studentId").asString()).isEqualTo(school.studentId().toString());
		School other = school();
		assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/students", other.teacherToken()).status())
			.isEqualTo(404);
	}
}
