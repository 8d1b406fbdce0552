package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.ejd.testkit.ApiClient.Response;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * D10: a class teacher writes to all families of a class group and each answers privately; staff are told of a family's
 * message through their own channels and quiet hours.
 */
class ClassMessagesIT extends NotificationIT {

	private static final String TZ = "Europe/Moscow";

	/** 22:30 in Vladivostok (UTC+10): inside the staff's quiet hours 21:00–08:00. */
	private static final Instant VLADIVOSTOK_NIGHT = Instant.parse("2026-12-02T12:30:00Z");

	private static final Instant VLADIVOSTOK_MORNING = Instant.parse("2026-12-02T22:00:00Z");

	@Test
	void theClassTeacherWritesToAllFamiliesOfTheClassAndEachAnswersPrivately() throws Exception {
		UUID school = school(TZ);
		UUID classGroup = UUID.randomUUID();
		Family first = family(school, TZ);
		Family second = family(school, TZ);
		enrol(first.student(), school, classGroup);
		enrol(second.student(), school, classGroup);
		UUID classTeacher = UUID.randomUUID();
		appointClassTeacher(classGroup, school, classTeacher);
		String teacherToken = token("teacher", classTeacher, school);

		Response sent = api().post("/api/notifications/class-groups/" + classGroup + "/threads", teacherToken,
				Map.of("topic", "Родительское собрание", "text", "Собрание в четверг в 18:00, кабинет 12."));
		assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
		assertThat(sent.json().get("families").asInt()).isEqualTo(2);

		MimeMessage mail = mailTo(first.email(), 1).getFirst();
		assertThat(mail.getSubject()).contains("Новое сообщение", "Пётр");
		assertThat(mailTo(second.email(), 1)).hasSize(1);
		String firstMother = token("guardian", first.guardian(), school);
		String secondMother = token("guardian", second.guardian(), school);
		JsonNode firstThreads = api().get("/api/notifications/me/threads", firstMother).json().get("threads");
		assertThat(firstThreads.size()).as("her own thread only").isEqualTo(1);
		assertThat(firstThreads.get(0).get("topic").asString()).isEqualTo("Родительское собрание");
		String firstThread = firstThreads.get(0).get("id").asString();
		assertThat(api().post("/api/notifications/threads/" + firstThread + "/messages", firstMother,
				Map.of("text", "Придём вдвоём.")).status()).isEqualTo(201);

		String secondThread = api().get("/api/notifications/me/threads", secondMother).json().get("threads").get(0).get("id").asString();
		assertThat(secondThread).isNotEqualTo(firstThread);
		assertThat(api().get("/api/notifications/threads/" + secondThread + "/messages", secondMother).json().get("items").size())
			.as("the other family's answer is not in her thread").isEqualTo(1);
		assertThat(api().get("/api/notifications/threads/" + firstThread + "/messages", secondMother).status())
			.as("nor can she open the other family's thread").isEqualTo(404);
		assertThat(api().get("/api/notifications/me/threads", teacherToken).json().get("unread").asInt())
			.as("the class teacher sees the answer").isEqualTo(1);
		assertThat(api().post("/api/notifications/threads/" + firstThread + "/messages", teacherToken, Map.of("text", "Ждём!"))
			.status()).as("a class-wide message counts once in the rate limit").isEqualTo(201);
	}

	@Test
	void onlyTheClassesTeachersClassTeacherAndSchoolAdministrationWriteToAClass() {
		UUID school = school(TZ);
		UUID classGroup = UUID.randomUUID();
		Family family = family(school, TZ);
		enrol(family.student(), school, classGroup);
		String path = "/api/notifications/class-groups/" + classGroup + "/threads";
		Map<String, String> body = Map.of("topic", "Экскурсия", "text", "В пятницу экскурсия в музей.");

		UUID otherGroup = UUID.randomUUID();
		UUID otherTeacher = teach(otherGroup, school);
		assertThat(api().post(path, token("teacher", otherTeacher, school), body).status()).as("a teacher of another class")
			.isEqualTo(404);
		assertThat(api().post(path, token("guardian", family.guardian(), school), body).status()).as("a mother").isEqualTo(404);
		assertThat(api().post(path, token("school-admin", UUID.randomUUID(), UUID.randomUUID()), body).status())
			.as("another school's admin").isEqualTo(404);
		assertThat(api().post("/api/notifications/class-groups/" + UUID.randomUUID() + "/threads", token("teacher", otherTeacher, school),
				body).status()).as("an unknown class").isEqualTo(404);

		UUID subjectTeacher = teach(classGroup, school);
		String subjectToken = token("teacher", subjectTeacher, school);
		Response empty = api().post(path, subjectToken, Map.of("topic", "Экскурсия", "text", " "));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("пустое");
		assertThat(api().post(path, subjectToken, Map.of("text", "Без темы")).status()).isEqualTo(400);
		assertThat(api().get("/api/notifications/me/threads", subjectToken).json().get("threads").size()).as("nothing written")
			.isZero();
		assertThat(api().post(path, subjectToken, body).status()).as("a teacher of the class").isEqualTo(201);

		UUID admin = UUID.randomUUID();
		publish("identity.staff.v1", admin, "/ejd/identity-service", "identity.staff.appointed", admin, school, 1, Map.of("personId", admin,
				"schoolId", school, "roles", List.of("deputy-head"), "lastName", "Петрова", "firstName", "Анна"));
		awaitOne("select count(*) from staff where person_id = ?", admin);
		assertThat(api().post(path, token("deputy-head", admin, school), body).status()).as("the school's deputy head").isEqualTo(201);
		assertThat(api().get("/api/notifications/me/threads", token("guardian", family.guardian(), school)).json().get("threads").size())
			.isEqualTo(2);
	}

	@Test
	void aFamilysMessageIsToldToTheTeacherInTheFeedAndByEmailAfterTheStaffsQuietHours() throws Exception {
		String zone = "Asia/Vladivostok";
		UUID school = school(zone);
		Family family = family(school, zone);
		UUID classGroup = UUID.randomUUID();
		enrol(family.student(), school, classGroup);
		UUID teacher = teach(classGroup, school);
		String teacherEmail = email(teacher);
		String mother = token("guardian", family.guardian(), school);
		clock.setTo(VLADIVOSTOK_NIGHT);

		Response started = api().post("/api/notifications/threads", mother, Map.of("studentId", family.student(), "staffId", teacher,
				"topic", "Домашнее задание", "text", "Пётр не понял задачу № 5, объясните, пожалуйста."));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);

		assertThat(awaitStatus(teacher, "app", "SENT").get("kind")).as("in the teacher's feed at once").isEqualTo("message-from-family");
		Map<String, Object> email = awaitStatus(teacher, "email", "QUEUED");
		assertThat(((java.sql.Timestamp) email.get("due_at")).toInstant()).as("08:00 in the school's zone").isEqualTo(VLADIVOSTOK_MORNING);
		Thread.sleep(1_500);
		assertThat(mailsTo(teacherEmail)).as("not at night").isEmpty();

		clock.setTo(VLADIVOSTOK_MORNING.plusSeconds(1));
		MimeMessage mail = mailTo(teacherEmail, 1).getFirst();
		assertThat(mail.getSubject()).isEqualTo("Сообщение от семьи: Пётр, «Домашнее задание»");
		assertThat(MarkNotificationsIT.text(mail, "text/plain")).contains("задачу № 5");
		assertThat(mail.getHeader("List-Unsubscribe")).as("a personal message, not a newsletter").isNull();
	}

	private void enrol(UUID student, UUID school, UUID classGroup) {
		UUID enrolment = UUID.randomUUID();
		publish("journal.enrolments.v1", student, "/ejd/journal-service", "journal.student.enrolled", enrolment, school, 1,
				Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", classGroup, "classGroupName", "5 А", "kind", "class",
						"academicYear", "2026/2027", "schoolId", school, "from", LocalDate.now().minusMonths(2).toString()));
		awaitOne("select count(*) from message_enrolment where enrolment_id = ?", enrolment);
	}

	private UUID teach(UUID classGroup, UUID school) {
		UUID teacher = UUID.randomUUID();
		UUID assignment = UUID.randomUUID();
		publish("journal.teaching.v1", classGroup, "/ejd/journal-service", "journal.teacher.assigned", assignment, school, 1,
				Map.of("assignmentId", assignment, "schoolId", school, "classGroupId", classGroup, "subjectId", UUID.randomUUID(),
						"subjectName", "Математика", "teacherId", teacher, "teacherName", "Сидорова Ольга",
						"from", LocalDate.now().minusMonths(2).toString()));
		awaitOne("select count(*) from teaching where assignment_id = ?", assignment);
		return teacher;
	}

	private void appointClassTeacher(UUID classGroup, UUID school, UUID teacher) {
		publish("journal.teaching.v1", classGroup, "/ejd/journal-service", "journal.class-teacher.appointed", classGroup, school,
				clock.instant().toEpochMilli(), Map.of("classGroupId", classGroup, "schoolId", school, "teacherId", teacher, "teacherName",
						"Кузнецова Мария", "appointedAt", Instant.now().toString()));
		awaitOne("select count(*) from class_leader where class_group_id = ?", classGroup);
	}
}
