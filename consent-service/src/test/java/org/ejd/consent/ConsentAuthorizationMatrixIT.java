package org.ejd.consent;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The authorization matrix (issue 12, R3) for consent-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller (own and another family, own and another
 * school, own and another region) × the bad tokens; prints the matrix and fails on any cell that
 * differs, or on an endpoint of the service the file does not list.
 */
class ConsentAuthorizationMatrixIT extends ConsentIT {

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("consent-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryConsentEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		School school = school();
		UUID student = student(school, minor());
		UUID guardian = guardianOf(student, school);
		UUID otherGuardian = guardianOf(student(school, minor()), school);
		String guardianToken = AuthorizationMatrix.caller("guardian", guardian, school.id());

		Response pending = api().post(PERSONS + guardian + "/contacts", guardianToken,
				Map.of("channel", "email", "destination", "matrix-" + UUID.randomUUID() + "@example.ru"));
		assertThat(pending.status()).as(pending.toString()).isEqualTo(202);

		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("guardian", guardianToken);
		tokens.put("student", AuthorizationMatrix.caller("student", student, school.id()));
		tokens.put("other-guardian", AuthorizationMatrix.caller("guardian", otherGuardian, school.id()));
		tokens.put("admin", school.adminToken());
		tokens.put("teacher", AuthorizationMatrix.caller("teacher", UUID.randomUUID(), school.id()));
		tokens.put("foreign-admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), UUID.randomUUID()));
		tokens.put("region-operator", AuthorizationMatrix.regionOperator("51"));
		tokens.put("other-region-operator", AuthorizationMatrix.regionOperator("77"));
		tokens.put("portal", keycloak.portalToken());
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, guardianToken));

		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
		Map<String, String> values = new LinkedHashMap<>();
		values.put("schoolId", school.id().toString());
		values.put("studentId", student.toString());
		values.put("guardianId", guardian.toString());
		values.put("contactId", pending.json().get("id").asString());
		values.put("today", today.toString());
		values.put("weekAgo", today.minusDays(7).toString());

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfConsentServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/consent/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that consent-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of consent-service not in the matrix file").isSubsetOf(matrix.listed());
	}
}
