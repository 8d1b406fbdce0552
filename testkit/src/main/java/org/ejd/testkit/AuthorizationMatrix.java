package org.ejd.testkit;

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

import org.ejd.testkit.ApiClient.Response;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's part of {@code docs/roles-and-scopes.matrix.json} (issue 12, R3), run: every
 * endpoint × every caller the service's part names (or the file's common callers) × the bad tokens.
 * {@link #run} prints the matrix (expected/actual per cell) and returns the cells that differ; a
 * 4xx without problem+json (or without the error body the part's {@code errorEnvelope} names for its
 * paths) fails at once. The service's test brings the callers' tokens (real Keycloak tokens, most made
 * by {@link #caller}) and the values the {@code call}/{@code body} templates name; {@code {unique}} is
 * a new UUID per use. The expired token is the JVM's one ({@link KeycloakServer#expiredToken()}).
 */
public final class AuthorizationMatrix {

	/** Tokens every endpoint refuses with 401 unless it names them. */
	public static final List<String> BAD_TOKENS = List.of("anonymous", "alg-none", "expired", "wrong-issuer", "wrong-audience");

	private static final String PASSWORD = "User-pass-12";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String service;

	private final JsonNode part;

	private final List<String> callers;

	private final List<Envelope> envelopes = new ArrayList<>();

	private AuthorizationMatrix(String service, JsonNode file) {
		this.service = service;
		this.part = file.get("services").get(service);
		if (part == null) {
			throw new IllegalArgumentException(service + " has no part in docs/roles-and-scopes.matrix.json");
		}
		JsonNode names = part.has("callers") ? part.get("callers") : file.get("callers");
		this.callers = new ArrayList<>(names.propertyNames());
		// a service whose paths answer errors in their standard's envelope (OneRoster's imsx), not problem+json
		JsonNode envelope = part.path("errorEnvelope");
		if (envelope.isObject()) {
			envelopes.add(new Envelope(envelope.get("pathPrefix").asString(), envelope.get("contentType").asString(),
					envelope.get("detail").asString()));
		}
	}

	/** The service's part of the file, found above the working directory. */
	public static AuthorizationMatrix of(String service) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("docs/roles-and-scopes.matrix.json");
			if (Files.isRegularFile(file)) {
				return new AuthorizationMatrix(service, JSON.readTree(file.toFile()));
			}
		}
		throw new IllegalStateException("docs/roles-and-scopes.matrix.json not found above " + Path.of("").toAbsolutePath());
	}

	/** The callers of the service's columns, in the file's order (bad tokens not included). */
	public List<String> callers() {
		return List.copyOf(callers);
	}

	/** "METHOD /path" of every endpoint the file runs or lists as left, for the completeness check. */
	public Set<String> listed() {
		Set<String> listed = new TreeSet<>();
		part.get("endpoints").forEach(e -> listed.add(e.get("method").asString() + " " + e.get("path").asString()));
		part.path("left").forEach(e -> listed.add(e.get("method").asString() + " " + e.get("path").asString()));
		return listed;
	}

	/** The bad tokens made from Keycloak and a good token (anonymous, alg=none, wrong issuer, wrong audience). */
	public static Map<String, @Nullable String> badTokens(KeycloakServer keycloak, String goodToken) {
		Map<String, @Nullable String> tokens = new LinkedHashMap<>();
		tokens.put("anonymous", null);
		tokens.put("alg-none", algNone(goodToken));
		tokens.put("wrong-issuer", keycloak.adminToken());
		tokens.put("wrong-audience", keycloak.clientToken("ejd-identity-admin", keycloak.identityAdminSecret()));
		return tokens;
	}

	/** The same claims, unsigned: header {@code alg=none} and an empty signature. */
	public static String algNone(String token) {
		String[] parts = token.split("\\.");
		String header = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
		return header + "." + parts[1] + ".";
	}

	/** A token of a new user of realm {@code ejd} with one role, acting for a person in one school (a caller of the matrix). */
	public static String caller(String role, Object personId, Object schoolId) {
		return caller(List.of(role), personId, List.of(schoolId.toString()), List.of());
	}

	/** A token of a new user of realm {@code ejd} with these roles, acting for a person in one school. */
	public static String caller(List<String> roles, Object personId, Object schoolId) {
		return caller(roles, personId, List.of(schoolId.toString()), List.of());
	}

	/** A token of a new user of realm {@code ejd} with these roles, person, schools and regions (a caller of the matrix). */
	public static String caller(List<String> roles, Object personId, List<String> schoolIds, List<String> regionCodes) {
		String username = "m-" + UUID.randomUUID().toString().substring(0, 12);
		RealServers.keycloak().createUser(username, PASSWORD, roles, personId.toString(), schoolIds, regionCodes);
		return RealServers.keycloak().passwordToken(username, PASSWORD);
	}

	/** A token of a new region operator of these regions (no schools). */
	public static String regionOperator(String... regionCodes) {
		return caller(List.of("region-operator"), UUID.randomUUID(), List.of(), List.of(regionCodes));
	}

	/**
	 * Every cell: the callers' tokens first, then the expired token (the JVM's, {@link KeycloakServer#expiredToken()}:
	 * issued when Keycloak started, so its minute of clock skew has usually passed). Prints the matrix and returns the
	 * cells that differ from the file.
	 */
	public List<String> run(ApiClient api, Map<String, @Nullable String> tokens, Map<String, String> values)
			throws InterruptedException {
		List<JsonNode> endpoints = new ArrayList<>();
		part.get("endpoints").forEach(endpoints::add);
		List<String> columns = new ArrayList<>(callers);
		columns.addAll(BAD_TOKENS);
		Map<JsonNode, Map<String, Integer>> actual = new LinkedHashMap<>();
		for (JsonNode endpoint : endpoints) {
			Map<String, Integer> row = new LinkedHashMap<>();
			for (String caller : columns) {
				if (!caller.equals("expired")) {
					if (!tokens.containsKey(caller)) {
						throw new IllegalArgumentException("no token for the caller " + caller + " of " + service);
					}
					row.put(caller, call(api, endpoint, tokens.get(caller), values));
				}
			}
			actual.put(endpoint, row);
		}
		long waiting = System.nanoTime();
		String expired = RealServers.keycloak().expiredToken();
		long waitedMillis = Duration.ofNanos(System.nanoTime() - waiting).toMillis();
		for (JsonNode endpoint : endpoints) {
			actual.get(endpoint).put("expired", call(api, endpoint, expired, values));
		}

		List<String> differing = new ArrayList<>();
		StringBuilder table = new StringBuilder("\nAuthorization matrix, " + service + " (expected/actual; ✗ where they differ)\n| endpoint |");
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
			.append(endpoints.size() * columns.size()).append(" cells, ").append(differing.size()).append(" differing; waited ")
			.append(waitedMillis).append(" ms for the expired token\n");
		System.out.println(table);
		return differing;
	}

	private int call(ApiClient api, JsonNode endpoint, @Nullable String token, Map<String, String> values) {
		String path = fill(endpoint.get("call").asString(), values);
		String body = endpoint.has("body") ? fill(endpoint.get("body").toString(), values) : null;
		Map<String, String> headers = new LinkedHashMap<>();
		if (endpoint.has("headers")) {
			endpoint.get("headers").properties().forEach(h -> headers.put(h.getKey(), h.getValue().asString()));
		}
		Response response = api.send(endpoint.get("method").asString(), path, token, body, headers);
		Envelope envelope = envelopes.stream().filter(e -> path.startsWith(e.pathPrefix())).findFirst().orElse(null);
		if (envelope != null && response.status() >= 400 && response.status() < 500) {
			String type = response.contentType();
			JsonNode detail = type.startsWith(envelope.contentType()) ? response.json().at(envelope.detailPointer()) : null;
			if (detail == null || !detail.isString() || detail.asString().isBlank()) {
				throw new AssertionError(endpoint.get("method").asString() + " " + path + " answered " + response.status()
						+ " without its error text at " + envelope.detailPointer() + ": " + response);
			}
			return response.status();
		}
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

	private record Envelope(String pathPrefix, String contentType, String detailPointer) {
	}
}
