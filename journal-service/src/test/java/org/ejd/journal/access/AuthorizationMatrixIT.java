package org.ejd.journal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.AuthorizationMatrix;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;


/**
 * The authorization matrix (issue 12, R3) for journal-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller, and the bad tokens, run by testkit's
 * {@link AuthorizationMatrix} as every service's is; prints the matrix (expected/actual per cell) and
 * fails on any cell that differs, or on an endpoint of the service that the file neither runs nor
 * lists as left.
 */
class AuthorizationMatrixIT extends JournalIT {

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("journal-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		School school = school();
		Map<String, String> values = fixture(school);
		Map<String, @Nullable String> tokens = callers(school);
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, school.teacherToken()));

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfTheServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/journal/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that journal-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of journal-service neither run nor listed as left in the matrix file")
			.isSubsetOf(matrix.listed());
	}

	/** The school's lesson (with attendance), mark and names the calls refer to. */
	private Map<String, String> fixture(School school) {
		Response lesson = api().post("/api/journal/lessons", school.teacherToken(), Map.of("classGroupId", school.classGroupId(),
				"subjectId", school.subjectId(), "date", today(), "periodNo", 1));
		assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
		String lessonId = lesson.json().get("id").asString();
		assertThat(api().send("PUT", "/api/journal/lessons/" + lessonId + "/attendance", school.teacherToken(),
				Map.of("entries", List.of(Map.of("studentId", school.studentId(), "status", "absent", "reason", "Болеет"))), Map.of())
			.status()).isEqualTo(200);
		Response mark = api().post("/api/journal/marks", school.teacherToken(), Map.of("studentId", school.studentId(),
				"classGroupId", school.classGroupId(), "subjectId", school.subjectId(), "value", "5", "workType", "oral", "workDate",
				today()));
		assertThat(mark.status()).as(mark.toString()).isEqualTo(201);
		Map<String, String> values = new LinkedHashMap<>();
		values.put("schoolId", school.id().toString());
		values.put("classGroupId", school.classGroupId().toString());
		values.put("subjectId", school.subjectId().toString());
		values.put("studentId", school.studentId().toString());
		values.put("lessonId", lessonId);
		values.put("markId", mark.json().get("id").asString());
		values.put("today", today().toString());
		values.put("weekAgo", today().minusDays(7).toString());
		values.put("inAMonth", today().plusMonths(1).toString());
		values.put("year", academicYearOf(today()));
		return values;
	}

	/** A token per caller of the matrix, each a real Keycloak token. */
	private Map<String, @Nullable String> callers(School school) {
		UUID leader = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", leader, school.id(), Map.of("personId", leader, "schoolId",
				school.id(), "roles", List.of("teacher", "class-teacher"), "lastName", "Орлова", "firstName", "Нина"));
		Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/class-teacher",
				school.adminToken(), Map.of("teacherId", leader), Map.of()), r -> r.status() == 204, Duration.ofSeconds(30));
		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("admin", school.adminToken());
		tokens.put("deputy", AuthorizationMatrix.caller(List.of("deputy-head"), UUID.randomUUID(), school.id()));
		tokens.put("teacher", school.teacherToken());
		tokens.put("class-teacher", AuthorizationMatrix.caller(List.of("teacher", "class-teacher"), leader, school.id()));
		tokens.put("other-teacher", AuthorizationMatrix.caller(List.of("teacher"), UUID.randomUUID(), school.id()));
		tokens.put("student", AuthorizationMatrix.caller(List.of("student"), school.studentId(), school.id()));
		tokens.put("guardian", AuthorizationMatrix.caller(List.of("guardian"), UUID.randomUUID(), school.id()));
		tokens.put("foreign-admin", AuthorizationMatrix.caller(List.of("school-admin", "deputy-head"), UUID.randomUUID(), UUID.randomUUID()));
		tokens.put("region-operator", AuthorizationMatrix.regionOperator("51"));
		tokens.put("portal", RealServers.keycloak().portalToken());
		return tokens;
	}
}
