package org.ejd.journal.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.ejd.journal.JournalIT;
import org.ejd.testkit.ApiClient.Response;
import org.ejd.testkit.Eventually;
import org.ejd.testkit.KeycloakServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization matrix (issue 12, R3) for journal-service: every endpoint of
 * {@code docs/roles-and-scopes.matrix.json} × every caller, and the bad tokens; prints the matrix
 * (expected/actual per cell) and fails on any cell that differs, or on an endpoint of the service
 * that the file neither runs nor lists as left.
 */
class AuthorizationMatrixIT extends JournalIT {

	static final List<String> CALLERS = List.of("admin", "deputy", "teacher", "class-teacher", "other-teacher", "student",
			"guardian", "foreign-admin", "region-operator", "portal");

	static final List<String> BAD_TOKENS = List.of("anonymous", "alg-none", "expired", "wrong-issuer", "wrong-audience");

	private static final String PASSWORD = "User-pass-12";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyCallerGetsWhatTheRolesAndScopesTableSaysOnEveryEndpoint() throws Exception {
		KeycloakServer keycloak = RealServers.keycloak();
		School school = school();
		String expiringUser = "m-" + UUID.randomUUID().toString().substring(0, 12);
		keycloak.createUser(expiringUser, PASSWORD, List.of("school-admin"), UUID.randomUUID().toString(),
				List.of(school.id().toString()));
		String expiring = keycloak.shortLivedToken(expiringUser, PASSWORD);
		long expiringIssued = System.nanoTime();

		Map<String, String> values = fixture(school);
		Map<String, String> tokens = callers(school);
		tokens.put("alg-none", algNone(school.teacherToken()));
		tokens.put("wrong-issuer", keycloak.adminToken());
		tokens.put("wrong-audience", keycloak.clientToken("ejd-identity-admin", keycloak.identityAdminSecret()));

		List<JsonNode> endpoints = new ArrayList<>();
		matrix().get("services").get("journal-service").get("endpoints").forEach(endpoints::add);
		List<String> columns = new ArrayList<>(CALLERS);
		columns.addAll(BAD_TOKENS);
		Map<JsonNode, Map<String, Integer>> actual = new LinkedHashMap<>();
		for (JsonNode endpoint : endpoints) {
			Map<String, Integer> row = new LinkedHashMap<>();
			for (String caller : columns) {
				if (!caller.equals("expired")) {
					row.put(caller, call(endpoint, tokens.get(caller), values));
				}
			}
			actual.put(endpoint, row);
		}
		// the expired token's minute of clock skew has to pass: asked last, once it has
		long waitMillis = Duration.ofSeconds(62).toMillis() - Duration.ofNanos(System.nanoTime() - expiringIssued).toMillis();
		if (waitMillis > 0) {
			Thread.sleep(waitMillis);
		}
		for (JsonNode endpoint : endpoints) {
			actual.get(endpoint).put("expired", call(endpoint, expiring, values));
		}

		List<String> differing = new ArrayList<>();
		StringBuilder table = new StringBuilder("\nAuthorization matrix, journal-service (expected/actual; ✗ where they differ)\n| endpoint |");
		columns.forEach(c -> table.append(' ').append(c).append(" |"));
		table.append('\n');
		for (JsonNode endpoint : endpoints) {
			String name = endpoint.get("method").asString() + " " + endpoint.get("call").asString()
					+ (endpoint.has("headers") ? " " + endpoint.get("headers") : "");
			table.append("| ").append(name).append(" |");
			for (String caller : columns) {
				int expected = expected(endpoint, caller);
				int got = actual.get(endpoint).get(caller);
				table.append(' ').append(expected).append('/').append(got).append(expected == got ? "" : " ✗").append(" |");
				if (expected != got) {
					differing.add(name + " as " + caller + ": expected " + expected + ", got " + got);
				}
			}
			table.append('\n');
		}
		table.append(endpoints.size()).append(" endpoints × ").append(columns.size()).append(" callers = ")
			.append(endpoints.size() * columns.size()).append(" cells, ").append(differing.size()).append(" differing\n");
		System.out.println(table);
		assertThat(differing).as("cells that differ from docs/roles-and-scopes.matrix.json").isEmpty();
	}

	@Test
	void everyEndpointOfTheServiceIsInTheMatrixAndEveryEndpointOfTheMatrixExists() {
		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
			.filter(p -> p.startsWith("/api/journal/"))
			.forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + p))));
		Set<String> listed = new TreeSet<>();
		JsonNode service = matrix().get("services").get("journal-service");
		service.get("endpoints").forEach(e -> listed.add(e.get("method").asString() + " " + e.get("path").asString()));
		service.get("left").forEach(e -> listed.add(e.get("method").asString() + " " + e.get("path").asString()));
		assertThat(listed).as("endpoints of the matrix file that journal-service does not serve").isSubsetOf(served);
		assertThat(served).as("endpoints of journal-service neither run nor listed as left in the matrix file").isSubsetOf(listed);
	}

	private int call(JsonNode endpoint, String token, Map<String, String> values) {
		String path = fill(endpoint.get("call").asString(), values);
		String body = endpoint.has("body") ? fill(endpoint.get("body").toString(), values) : null;
		Map<String, String> headers = new LinkedHashMap<>();
		if (endpoint.has("headers")) {
			endpoint.get("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
		}
		Response response = api().send(endpoint.get("method").asString(), path, token, body, headers);
		if (response.status() >= 400 && !response.isProblem() && response.status() != 406) {
			throw new AssertionError(endpoint.get("method").asString() + " " + path + " answered " + response.status()
					+ " without problem+json: " + response);
		}
		return response.status();
	}

	private static int expected(JsonNode endpoint, String caller) {
		JsonNode expect = endpoint.get("expect");
		if (expect.has(caller)) {
			return expect.get(caller).asInt();
		}
		if (BAD_TOKENS.contains(caller)) {
			return 401;
		}
		return expect.get("*").asInt();
	}

	private static String fill(String template, Map<String, String> values) {
		String text = template;
		while (text.contains("{unique}")) {
			text = text.replaceFirst("\\{unique}", UUID.randomUUID().toString());
		}
		for (Map.Entry<String, String> value : values.entrySet()) {
			text = text.replace("{" + value.getKey() + "}", value.getValue());
		}
		return text;
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
	private Map<String, String> callers(School school) {
		UUID leader = UUID.randomUUID();
		publish("identity.staff.v1", "identity.staff.appointed", leader, school.id(), Map.of("personId", leader, "schoolId",
				school.id(), "roles", List.of("teacher", "class-teacher"), "lastName", "Орлова", "firstName", "Нина"));
		Eventually.until(() -> api().send("PUT", "/api/journal/class-groups/" + school.classGroupId() + "/class-teacher",
				school.adminToken(), Map.of("teacherId", leader), Map.of()), r -> r.status() == 204, Duration.ofSeconds(30));
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("admin", school.adminToken());
		tokens.put("deputy", user(List.of("deputy-head"), UUID.randomUUID(), school.id()));
		tokens.put("teacher", school.teacherToken());
		tokens.put("class-teacher", user(List.of("teacher", "class-teacher"), leader, school.id()));
		tokens.put("other-teacher", user(List.of("teacher"), UUID.randomUUID(), school.id()));
		tokens.put("student", user(List.of("student"), school.studentId(), school.id()));
		tokens.put("guardian", user(List.of("guardian"), UUID.randomUUID(), school.id()));
		tokens.put("foreign-admin", user(List.of("school-admin", "deputy-head"), UUID.randomUUID(), UUID.randomUUID()));
		String operator = "op-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(operator, PASSWORD, List.of("region-operator"), UUID.randomUUID().toString(), List.of(),
				List.of("51"));
		tokens.put("region-operator", RealServers.keycloak().passwordToken(operator, PASSWORD));
		tokens.put("portal", RealServers.keycloak().portalToken());
		tokens.put("anonymous", null);
		return tokens;
	}

	/** The same claims, unsigned: header {@code alg=none} and an empty signature. */
	private static String algNone(String token) {
		String[] parts = token.split("\\.");
		String header = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		return header + "." + parts[1] + ".";
	}

	private JsonNode matrix() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("docs/roles-and-scopes.matrix.json");
			if (Files.isRegularFile(file)) {
				return json.readTree(file.toFile());
			}
		}
		throw new IllegalStateException("docs/roles-and-scopes.matrix.json not found above " + Path.of("").toAbsolutePath());
	}
}
