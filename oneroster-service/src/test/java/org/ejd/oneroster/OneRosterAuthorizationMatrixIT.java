package org.ejd.oneroster;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The authorization matrix (issue 12, R3) for oneroster-service: every endpoint of its part of
 * {@code docs/roles-and-scopes.matrix.json} × every caller (the region's OneRoster client with every scope, with the
 * roster scope only and with none, another school's client, the school's admin, another school's admin, a teacher, the
 * region's operator, a portal) × the bad tokens; prints the matrix and fails on any cell that differs, or on an
 * endpoint of the service the file does not list. Errors are OneRoster's imsx envelope (the part's errorEnvelope).
 */
class OneRosterAuthorizationMatrixIT extends OneRosterIT {

	private final AuthorizationMatrix matrix = AuthorizationMatrix.of("oneroster-service");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryOneRosterEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		Scene scene = scene("51");
		String writer = token("ejd-oneroster", "roster.readonly", "gradebook.readonly", "gradebook.createput", "gradebook.delete");
		String lineItem = created(GRADEBOOK + "lineItems/li-" + UUID.randomUUID(), writer, lineItem(scene, "test"));
		String deletableLineItem = created(GRADEBOOK + "lineItems/li-" + UUID.randomUUID(), writer, lineItem(scene, "oral"));
		String deletableResult = created(GRADEBOOK + "results/res-" + UUID.randomUUID(), writer, result(lineItem, scene));

		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("region-client", writer);
		tokens.put("roster-client", token("ejd-oneroster", "roster.readonly"));
		tokens.put("unscoped-client", keycloak.clientToken("ejd-oneroster", keycloak.oneRosterSecret()));
		tokens.put("other-school-client",
				token("ejd-oneroster-school", "roster.readonly", "gradebook.readonly", "gradebook.createput", "gradebook.delete"));
		tokens.put("admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), scene.school()));
		tokens.put("foreign-admin", AuthorizationMatrix.caller("school-admin", UUID.randomUUID(), UUID.randomUUID()));
		tokens.put("teacher", AuthorizationMatrix.caller("teacher", scene.teacher(), scene.school()));
		tokens.put("region-operator", AuthorizationMatrix.regionOperator("51"));
		tokens.put("portal", keycloak.portalToken());
		tokens.putAll(AuthorizationMatrix.badTokens(keycloak, writer));

		Map<String, String> values = new LinkedHashMap<>();
		values.put("schoolId", scene.school().toString());
		values.put("studentId", scene.student().toString());
		values.put("classId", classId(scene));
		// the row that puts new line items: another piece of work than the fixture's (one line item per class, day and work type)
		values.put("categoryId", category(scene, "written"));
		values.put("lineItemId", lineItem);
		// a result as clients read it: the teacher's mark (a client's own result is read once the journal has posted it)
		values.put("resultId", scene.mark().toString());
		values.put("deletableLineItemId", deletableLineItem);
		values.put("deletableResultId", deletableResult);

		List<String> differing = matrix.run(api(), tokens, values);

		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfOneRosterServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/ims/oneroster/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		assertThat(matrix.listed()).as("endpoints of the matrix file that oneroster-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of oneroster-service not in the matrix file").isSubsetOf(matrix.listed());
	}

	private String created(String path, String token, Map<String, Object> body) {
		Response response = api().send("PUT", path, token, body, Map.of());
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private Map<String, Object> lineItem(Scene scene, String workType) {
		return Map.of("lineItem", Map.of("status", "active", "title", "Матрица", "assignDate", "2026-11-25T00:00:00.000Z",
				"dueDate", "2026-11-25T00:00:00.000Z", "class", Map.of("sourcedId", classId(scene), "type", "class"), "category",
				Map.of("sourcedId", category(scene, workType), "type", "category")));
	}

	private static Map<String, Object> result(String lineItem, Scene scene) {
		return Map.of("result", Map.of("status", "active", "lineItem", Map.of("sourcedId", lineItem, "type", "lineItem"), "student",
				Map.of("sourcedId", scene.student().toString(), "type", "user"), "scoreStatus", "fully graded", "score", 4,
				"scoreDate", "2026-11-25"));
	}

	/** The category of a work type of the scene's school, derived as the facade does. */
	private String category(Scene scene, String workType) {
		return jdbc.sql("select md5('category|' || ?::text || '|' || ?)::uuid::text").param(scene.school()).param(workType)
			.query(String.class).single();
	}
}
