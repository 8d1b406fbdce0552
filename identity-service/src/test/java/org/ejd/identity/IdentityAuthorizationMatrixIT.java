package org.ejd.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

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
 * The authorization matrix (issue 12, R3) for identity-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller (the school's staff and another school's admin, a family
 * of the school and another family, the school's region's operator and another region's, a portal) × the bad
 * tokens; prints the matrix and fails on any cell that differs, or on an endpoint of the service the file does not
 * list.
 */
class IdentityAuthorizationMatrixIT extends IdentityIT {

	private static final String PASSWORD = "User-pass-12";

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("identity-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryIdentityEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		String region = regionOperatorToken();
		Desk desk = newSchool(region, "Школа матрицы " + UUID.randomUUID().toString().substring(0, 6));
		Desk foreign = newSchool(region, "Чужая школа " + UUID.randomUUID().toString().substring(0, 6));

		String student = student(desk, LocalDate.of(2012, 3, 1));
		String guardian = guardian(desk);
		represent(desk, guardian, student);
		String otherGuardian = guardian(desk);
		String unlinkedGuardian = guardian(desk);
		String endedGuardian = guardian(desk);
		String representationToEnd = represent(desk, endedGuardian, student);
		String leaving = student(desk, LocalDate.of(2011, 5, 2));
		String applicant = guardian(desk);
		String application = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian(desk))));
		String applicationToRefuse = created(api().post("/api/identity/applications", desk.admin(), Map.of("personId", guardian(desk))));
		String holder = staff(desk, region, "teacher");
		issueAccount(desk, holder, PASSWORD);
		String revoked = staff(desk, region, "teacher");
		issueAccount(desk, revoked, PASSWORD);
		String fellowAdmin = staff(desk, region, "school-admin");
		String fellowAdminWithAccount = staff(desk, region, "school-admin");
		assertThat(api().post("/api/identity/persons/" + fellowAdminWithAccount + "/account", region,
				Map.of("username", unique("fellow"), "password", PASSWORD)).status()).isEqualTo(201);
		String peer = created(api().post("/api/identity/regions/" + REGION + "/operators", region,
				Map.of("lastName", "Смирнов", "firstName", "Олег")));
		assertThat(api().post("/api/identity/persons/" + peer + "/account", region,
				Map.of("username", unique("peer"), "password", PASSWORD)).status()).isEqualTo(201);
		PortalSigner.upload(api());
		Response app = api().post("/api/identity/apps", desk.admin(), Map.of("name", "Дневник матрицы", "schoolId", desk.schoolId(),
				"redirectUris", List.of("https://diary.matrix.example/callback")));
		Response machineApp = api().post("/api/identity/apps", desk.admin(), Map.of("name", "АИС матрицы", "kind", "machine",
				"schoolId", desk.schoolId(), "scopes", List.of("roster.readonly")));

		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("admin", desk.admin());
		tokens.put("deputy", AuthorizationMatrix.caller("deputy-head", UUID.randomUUID().toString(), desk.schoolId()));
		tokens.put("teacher", AuthorizationMatrix.caller("teacher", UUID.randomUUID().toString(), desk.schoolId()));
		tokens.put("student", AuthorizationMatrix.caller("student", student, desk.schoolId()));
		tokens.put("guardian", AuthorizationMatrix.caller("guardian", guardian, desk.schoolId()));
		tokens.put("other-guardian", AuthorizationMatrix.caller("guardian", otherGuardian, desk.schoolId()));
		tokens.put("foreign-admin", foreign.admin());
		tokens.put("region-operator", AuthorizationMatrix.regionOperator(REGION));
		tokens.put("other-region-operator", AuthorizationMatrix.regionOperator("52"));
		tokens.put("portal", portalToken());
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, desk.admin()));

		Map<String, String> values = new LinkedHashMap<>();
		values.put("schoolId", desk.schoolId());
		values.put("regionCode", REGION);
		values.put("municipalityId", municipality(REGION, "ЗАТО г. Североморск"));
		values.put("studentId", student);
		values.put("guardianId", guardian);
		values.put("unlinkedGuardianId", unlinkedGuardian);
		values.put("representationId", representationToEnd);
		values.put("leavingStudentId", leaving);
		values.put("applicantId", applicant);
		values.put("applicationId", application);
		values.put("refusedApplicationId", applicationToRefuse);
		values.put("holderId", holder);
		values.put("revokedId", revoked);
		values.put("fellowAdminId", fellowAdmin);
		values.put("fellowAdminWithAccountId", fellowAdminWithAccount);
		values.put("peerOperatorId", peer);
		values.put("appId", app.json().get("id").asString());
		values.put("machineAppId", machineApp.json().get("id").asString());
		values.put("snils", randomSnils());
		values.put("esiaId", String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L)));

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfIdentityServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/identity/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that identity-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of identity-service not in the matrix file").isSubsetOf(matrix.listed());
	}

	private String staff(Desk desk, String region, String role) {
		return created(api().post("/api/identity/schools/" + desk.schoolId() + "/staff", region,
				Map.of("lastName", "Кузнецова", "firstName", "Ольга", "roles", List.of(role))));
	}
}
