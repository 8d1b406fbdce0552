package org.ejd.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.AuthorizationMatrix;
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 12, R3) for notification-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller (the thread's family and teacher, another
 * family and another class's teacher, the school's and another school's administration, a region
 * operator, a portal) × the bad tokens; prints the matrix and fails on any cell that differs, or on
 * an endpoint of the service the file does not list.
 */
class NotificationAuthorizationMatrixIT extends NotificationIT {

	private static final String TZ = "Europe/Moscow";

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("notification-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryNotificationEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		UUID school = school(TZ);
		Family family = family(school, TZ);
		UUID classGroup = UUID.randomUUID();
		UUID teacher = teacherOf(family.student(), school, classGroup);
		UUID otherStudent = student(school);
		UUID otherGuardian = guardianOf(otherStudent, school);
		UUID otherTeacher = teacherOf(otherStudent, school, UUID.randomUUID());
		UUID admin = staff(school, "school-admin");
		UUID deputy = staff(school, "deputy-head");

		String teacherToken = AuthorizationMatrix.caller("teacher", teacher, school);
		String guardianToken = AuthorizationMatrix.caller("guardian", family.guardian(), school);
		Response thread = api().post("/api/notifications/threads", teacherToken, Map.of("studentId", family.student(), "topic",
				"Контрольная", "text", "Давайте договоримся о пересдаче."));
		assertThat(thread.status()).as(thread.toString()).isEqualTo(201);
		String threadId = thread.json().get("id").asString();
		Response reply = api().post("/api/notifications/threads/" + threadId + "/messages", guardianToken, Map.of("text", "Хорошо."));
		assertThat(reply.status()).as(reply.toString()).isEqualTo(201);

		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("guardian", guardianToken);
		tokens.put("student", AuthorizationMatrix.caller("student", family.student(), school));
		tokens.put("other-guardian", AuthorizationMatrix.caller("guardian", otherGuardian, school));
		tokens.put("teacher", teacherToken);
		tokens.put("other-teacher", AuthorizationMatrix.caller("teacher", otherTeacher, school));
		tokens.put("admin", AuthorizationMatrix.caller("school-admin", admin, school));
		tokens.put("deputy", AuthorizationMatrix.caller("deputy-head", deputy, school));
		tokens.put("foreign-admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), UUID.randomUUID()));
		tokens.put("region-operator", AuthorizationMatrix.regionOperator("51"));
		tokens.put("portal", keycloak.portalToken());
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, guardianToken));

		LocalDate today = LocalDate.now(java.time.ZoneId.of(TZ));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("schoolId", school.toString());
		values.put("studentId", family.student().toString());
		values.put("teacherId", teacher.toString());
		values.put("classGroupId", classGroup.toString());
		values.put("threadId", threadId);
		values.put("messageId", reply.json().get("id").asString());
		values.put("otherGuardianId", otherGuardian.toString());
		values.put("today", today.toString());
		values.put("weekAgo", today.minusDays(7).toString());

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfNotificationServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/notifications/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that notification-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of notification-service not in the matrix file").isSubsetOf(matrix.listed());
	}

	/** A member of the school's administration, as identity-service announces them. */
	private UUID staff(UUID school, String role) {
		UUID person = UUID.randomUUID();
		publish("identity.staff.v1", person, "/ejd/identity-service", "identity.staff.appointed", person, school, 1, Map.of("personId",
				person, "schoolId", school, "roles", List.of(role), "lastName", "Петрова", "firstName", "Анна"));
		awaitOne("select count(*) from staff where person_id = ?", person);
		return person;
	}

	/** A teacher of the class group, which the student attends (the journal's events). */
	private UUID teacherOf(UUID student, UUID school, UUID classGroup) {
		UUID teacher = UUID.randomUUID();
		UUID assignment = UUID.randomUUID();
		LocalDate from = LocalDate.now(java.time.ZoneId.of(TZ)).minusMonths(2);
		publish("journal.teaching.v1", classGroup, "/ejd/journal-service", "journal.teacher.assigned", assignment, school, 1,
				Map.of("assignmentId", assignment, "schoolId", school, "classGroupId", classGroup, "subjectId", UUID.randomUUID(),
						"subjectName", "Математика", "teacherId", teacher, "teacherName", "Сидорова Ольга", "from", from.toString()));
		UUID enrolment = UUID.randomUUID();
		publish("journal.enrolments.v1", student, "/ejd/journal-service", "journal.student.enrolled", enrolment, school, 1,
				Map.of("enrolmentId", enrolment, "studentId", student, "classGroupId", classGroup, "classGroupName", "5 А", "kind", "class",
						"academicYear", "2026/2027", "schoolId", school, "from", from.toString()));
		awaitOne("select count(*) from teaching where assignment_id = ?", assignment);
		awaitOne("select count(*) from message_enrolment where enrolment_id = ?", enrolment);
		return teacher;
	}
}
