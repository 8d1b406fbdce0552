package org.ejd.journal.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lessons and their attendance are read by the marks rule: assignment, substitution, class teacher, administration. */
class LessonReadsIT extends JournalIT {

	private School school;

	private String lesson;

	private String week;

	@BeforeEach
	void aLessonWithAnAbsenceAndItsReason() {
		school = school();
		lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 6)).json().get("id").asString();
		Response taken = api().send("PUT", "/api/journal/lessons/" + lesson + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "excused", "reason",
						"Справка из поликлиники"))), Map.of());
		assertThat(taken.status()).as(taken.toString()).isEqualTo(200);
		week = "/api/journal/class-groups/" + school.classGroupId() + "/lessons?from=" + today().minusDays(6) + "&to=" + today();
	}

	@Test
	void theTeacherTheClassTeacherAndTheAdministrationReadTheLessonAndItsAttendance() {
		UUID leader = staff("teacher", "class-teacher");
		Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/class-teacher",
				school.adminToken(), Map.of("teacherId", leader), Map.of()), r -> r.status() == 204, Duration.ofSeconds(30));
		String deputy = user(List.of("deputy-head"), UUID.randomUUID(), school.id());
		for (String reader : List.of(school.teacherToken(), user(List.of("teacher", "class-teacher"), leader, school.id()), deputy,
				school.adminToken())) {
			assertThat(api().get("/api/journal/lessons/" + lesson, reader).status()).isEqualTo(200);
			Response attendance = api().get("/api/journal/lessons/" + lesson + "/attendance", reader);
			assertThat(attendance.status()).isEqualTo(200);
			assertThat(attendance.body()).contains("Справка из поликлиники");
			assertThat(api().get(week, reader).json().size()).isEqualTo(1);
		}
	}

	@Test
	void aTeacherOfAnotherClassDoesNotReadTheAttendanceReasonsNorListTheClasssLessons() {
		String otherClass = api().post("/api/journal/schools/" + school.id() + "/class-groups", school.adminToken(),
				Map.of("name", "5Б", "academicYear", academicYearOf(today()))).json().get("id").asString();
		UUID colleague = staff("teacher");
		Eventually.until(() -> api().post("/api/journal/class-groups/" + otherClass + "/assignments", school.adminToken(),
				Map.of("teacherId", colleague, "subjectId", school.subjectId(), "from", today().minusDays(30))),
				r -> r.status() == 201, Duration.ofSeconds(30));
		String teacherOfFiveB = user(List.of("teacher"), colleague, school.id());
		String classTeacherOfFiveB = user(List.of("teacher", "class-teacher"), colleague, school.id());

		for (String stranger : List.of(teacherOfFiveB, classTeacherOfFiveB)) {
			assertThat(api().get("/api/journal/lessons/" + lesson, stranger).status()).isEqualTo(404);
			Response attendance = api().get("/api/journal/lessons/" + lesson + "/attendance", stranger);
			assertThat(attendance.status()).isEqualTo(404);
			assertThat(attendance.body()).doesNotContain("Справка");
			assertThat(api().get("/api/journal/lessons/" + lesson + "/changes-after-closing", stranger).status()).isEqualTo(404);
			Response list = api().get(week, stranger);
			assertThat(list.status()).as(list.toString()).isEqualTo(403);
			assertThat(list.json().get("detail").asString()).contains("Вы не ведёте уроки в этом классе");
		}
	}

	@Test
	void studentsAndGuardiansOfTheSchoolReadNoLessonsInTheJournalTheirOwnStudentsDataReachesThemThroughTheDiary() {
		String studentOfAnotherClass = user(List.of("student"), school.notEnrolledStudentId(), school.id());
		String studentOfTheClass = user(List.of("student"), school.studentId(), school.id());
		String guardianOfAnotherFamily = user(List.of("guardian"), UUID.randomUUID(), school.id());
		for (String family : List.of(studentOfAnotherClass, studentOfTheClass, guardianOfAnotherFamily)) {
			assertThat(api().get("/api/journal/lessons/" + lesson, family).status()).isEqualTo(404);
			assertThat(api().get("/api/journal/lessons/" + lesson + "/attendance", family).status()).isEqualTo(404);
			Response list = api().get(week, family);
			assertThat(list.status()).as("a family does not learn that the class group exists").isEqualTo(404);
			assertThat(list.json().get("detail").asString()).isEqualTo("Класс или группа не найдены.");
			assertThat(api().get("/api/journal/class-groups/" + school.classGroupId() + "/timetable?date=" + today(), family)
				.status()).isEqualTo(404);
		}
	}

	@Test
	void anAdminOfAnotherSchoolDoesNotLearnThatTheLessonExists() {
		String foreignAdmin = user(List.of("school-admin", "deputy-head"), UUID.randomUUID(), UUID.randomUUID());
		assertThat(api().get("/api/journal/lessons/" + lesson, foreignAdmin).status()).isEqualTo(404);
		assertThat(api().get("/api/journal/lessons/" + lesson + "/attendance", foreignAdmin).status()).isEqualTo(404);
		assertThat(api().get(week, foreignAdmin).status()).isEqualTo(404);
	}

	/** A member of the school's staff as identity announces it. */
	private UUID staff(String... roles) {
		UUID person = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", person, school.id(), Map.of("personId", person, "schoolId",
				school.id(), "roles", List.of(roles), "lastName", "Орлова", "firstName", "Нина"));
		return person;
	}
}
