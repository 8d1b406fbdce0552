package org.ejd.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

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
 * The authorization matrix (issue 12, R3) for diary-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller (the family and another family, the school's staff and
 * another school, the school's region and another region, a portal) × the bad tokens; prints the matrix and fails on
 * any cell that differs, or on an endpoint of the service the file does not list.
 */
class DiaryAuthorizationMatrixIT extends DiaryIT {

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("diary-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryDiaryEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		WeekScenario s = new WeekScenario().family("Europe/Moscow").week();
		String portalUser = "matrix-" + UUID.randomUUID();
		s.portalLinked(s.guardian, "ejd-portal", portalUser, null, 2);
		String mother = AuthorizationMatrix.caller("guardian", s.guardian, s.school);
		Eventually.until(() -> api().get("/api/diary/students/" + s.student + "/week?date=" + WeekScenario.MONDAY, mother),
				r -> r.status() == 200 && r.body().contains("\"value\":\"5\""), Duration.ofSeconds(30));
		Response complaint = api().post("/api/diary/students/" + s.student + "/complaints", mother,
				Map.of("subjectName", "Математика", "text", "Прошу проверить оценку за контрольную"));
		assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);

		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("guardian", mother);
		tokens.put("student", AuthorizationMatrix.caller("student", s.student, s.school));
		tokens.put("other-guardian", AuthorizationMatrix.caller("guardian", UUID.randomUUID(), s.school));
		tokens.put("admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), s.school));
		tokens.put("deputy", AuthorizationMatrix.caller("deputy-head", UUID.randomUUID(), s.school));
		tokens.put("teacher", AuthorizationMatrix.caller("teacher", s.mathsTeacher, s.school));
		tokens.put("foreign-admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), UUID.randomUUID()));
		tokens.put("region-operator", AuthorizationMatrix.regionOperator(s.region));
		tokens.put("other-region-operator", AuthorizationMatrix.regionOperator("77"));
		tokens.put("portal", keycloak.portalToken());
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, mother));

		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("studentId", s.student.toString());
		values.put("schoolId", s.school.toString());
		values.put("regionCode", s.region);
		values.put("guardianId", s.guardian.toString());
		values.put("complaintId", complaint.json().get("id").asString());
		values.put("portalUserId", portalUser);
		values.put("monday", WeekScenario.MONDAY.toString());
		values.put("today", today.toString());
		values.put("weekAgo", today.minusDays(7).toString());

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfDiaryServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/diary/") || p.startsWith("/api/status") || p.startsWith("/Schedule/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that diary-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of diary-service not in the matrix file").isSubsetOf(matrix.listed());
	}
}
