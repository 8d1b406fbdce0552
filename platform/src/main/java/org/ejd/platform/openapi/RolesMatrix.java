package org.ejd.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's part of {@code docs/roles-and-scopes.matrix.json}, which the build puts into platform's jar as
 * {@value #LOCATION}: who may call each endpoint, under which data condition, and the OAuth2 scopes it needs (ADR 0053).
 * A caller is allowed where the table's answer is a success or a refusal of the data (400, 409, 422…), refused where it
 * is 401, 403 or 404 (404: the caller may not know the resource exists).
 */
final class RolesMatrix {

	static final String LOCATION = "ejd/roles-and-scopes.matrix.json";

	static final String EVERYONE_ELSE = "*";

	/** A caller of the table's columns, what it stands for, and the answer it gets. */
	record Cell(String caller, String who, int answer) {
	}

	/**
	 * Who may call an endpoint: the cells the authorization matrix runs, or, for an endpoint not run yet, the table's
	 * words ({@code rule}); scopes the token must carry.
	 */
	record Access(List<Cell> allowed, List<Cell> refused, @Nullable String condition, @Nullable String rule, List<String> scopes) {
	}

	private final Map<String, Access> endpoints;

	private final Map<String, String> scopes;

	private RolesMatrix(Map<String, Access> endpoints, Map<String, String> scopes) {
		this.endpoints = endpoints;
		this.scopes = scopes;
	}

	static RolesMatrix none() {
		return new RolesMatrix(Map.of(), Map.of());
	}

	/** The service's part of the table platform's jar carries (none when the table has no part for it). */
	static RolesMatrix onClasspath(String service) {
		try (InputStream in = RolesMatrix.class.getClassLoader().getResourceAsStream(LOCATION)) {
			if (in == null) {
				throw new IllegalStateException(LOCATION + " is missing from platform's jar (copied from docs/ by the build)");
			}
			return read(in, service);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static RolesMatrix read(InputStream json, String service) {
		JsonNode file = JsonMapper.builder().build().readTree(json);
		Map<String, String> scopes = new LinkedHashMap<>();
		file.path("scopes").properties().forEach(e -> scopes.put(e.getKey(), e.getValue().asString()));
		JsonNode part = file.path("services").path(service);
		if (part.isMissingNode()) {
			return new RolesMatrix(Map.of(), scopes);
		}
		JsonNode callers = part.has("callers") ? part.get("callers") : file.path("callers");
		Map<String, Access> endpoints = new HashMap<>();
		part.path("endpoints").forEach(e -> endpoints.put(key(e.get("method").asString(), e.get("path").asString()),
				access(e, callers)));
		part.path("left").forEach(e -> endpoints.put(key(e.get("method").asString(), e.get("path").asString()),
				new Access(List.of(), List.of(), null, e.path("rule").asString(), scopes(e))));
		return new RolesMatrix(endpoints, scopes);
	}

	private static Access access(JsonNode endpoint, JsonNode callers) {
		List<Cell> allowed = new ArrayList<>();
		List<Cell> refused = new ArrayList<>();
		endpoint.get("expect").properties().forEach(e -> {
			String caller = e.getKey();
			String who = caller.equals(EVERYONE_ELSE) ? "every other caller" : callers.path(caller).asString(caller);
			Cell cell = new Cell(caller, who, e.getValue().asInt());
			(refuses(cell.answer()) ? refused : allowed).add(cell);
		});
		String note = endpoint.path("note").asString(null);
		return new Access(allowed, refused, note, null, scopes(endpoint));
	}

	private static List<String> scopes(JsonNode endpoint) {
		List<String> scopes = new ArrayList<>();
		endpoint.path("scopes").forEach(s -> scopes.add(s.asString()));
		return scopes;
	}

	static boolean refuses(int status) {
		return status == 401 || status == 403 || status == 404;
	}

	/** The endpoint's access, its path's variables named as they may be. */
	Optional<Access> of(String method, String path) {
		return Optional.ofNullable(endpoints.get(key(method, path)));
	}

	/** What each scope the table names is for. */
	Map<String, String> scopes() {
		return scopes;
	}

	private static String key(String method, String path) {
		return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}");
	}
}
