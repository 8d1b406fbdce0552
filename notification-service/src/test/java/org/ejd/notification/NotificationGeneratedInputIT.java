package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.GeneratedRequests;
import org.junit.jupiter.api.Test;

/**
 * Generated input (issue 12, R2) for notification-service: requests drawn from
 * {@code docs/openapi/notifications.json} with the tokens of a family, its teacher and its school's
 * administration; never a 5xx, every 4xx a problem with a detail.
 */
class NotificationGeneratedInputIT extends NotificationIT {

	static final int REQUESTS = 5_000;

	private static final String TZ = "Europe/Moscow";

	@Test
	void noGeneratedRequestGetsA5xxAndEvery4xxIsAProblemWithADetail() throws Exception {
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID classGroup = UUID.randomUUID();
		UUID teacher = UUID.randomUUID();
		UUID assignment = UUID.randomUUID();
		LocalDate from = LocalDate.now(ZoneId.of(TZ)).minusMonths(2);
		publish("journal.teaching.v1", classGroup, "/ejd/journal-service", "journal.teacher.assigned", assignment, school, 1,
				Map.of("assignmentId", assignment, "schoolId", school, "classGroupId", classGroup, "subjectId", UUID.randomUUID(),
						"subjectName", "Математика", "teacherId", teacher, "teacherName", "Сидорова Ольга", "from", from.toString()));
		UUID enrolment = UUID.randomUUID();
		publish("journal.enrolments.v1", family.student(), "/ejd/journal-service", "journal.student.enrolled", enrolment, school, 1,
				Map.of("enrolmentId", enrolment, "studentId", family.student(), "classGroupId", classGroup, "classGroupName", "5 А", "kind",
						"class", "academicYear", "2026/2027", "schoolId", school, "from", from.toString()));
		awaitOne("select count(*) from teaching where assignment_id = ?", assignment);
		awaitOne("select count(*) from message_enrolment where enrolment_id = ?", enrolment);
		UUID admin = UUID.randomUUID();
		publish("identity.staff.v1", admin, "/ejd/identity-service", "identity.staff.appointed", admin, school, 1, Map.of("personId", admin,
				"schoolId", school, "roles", List.of("school-admin"), "lastName", "Петрова", "firstName", "Анна"));
		awaitOne("select count(*) from staff where person_id = ?", admin);

		String teacherToken = token("teacher", teacher, school);
		String guardianToken = token("guardian", family.guardian(), school);
		Response thread = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic",
				"Контрольная", "text", "Давайте договоримся о пересдаче."));
		assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
		String threadId = thread.json().get("id").asString();
		Response reply = api().post("/api/notifications/threads/" + threadId + "/messages", guardianToken, Map.of("text", "Хорошо."));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		List<String> tokens = List.of(guardianToken, teacherToken, token("student", family.student(), school),
				token("school-admin", admin, school));
		Map<String, List<String>> known = Map.of(
				"schoolId", List.of(school.toString()),
				"studentId", List.of(family.student().toString()),
				"staffId", List.of(teacher.toString(), admin.toString()),
				"classGroupId", List.of(classGroup.toString()),
				"threadId", List.of(threadId),
				"messageId", List.of(reply.json().get("id").asString()),
				"personId", List.of(family.guardian().toString()));

		GeneratedRequests.Report report = GeneratedRequests.of("notifications").run(api(), tokens, known, REQUESTS, 8, 20261201L);
		System.out.println(report);

		assertThat(report.requests()).isEqualTo(REQUESTS);
		assertThat(report.statuses().keySet()).as("statuses seen").anyMatch(s -> s < 300).anyMatch(s -> s >= 400);
		assertThat(report.examples()).as("requests answered 5xx, or 4xx without a problem detail").isEmpty();
	}
}
