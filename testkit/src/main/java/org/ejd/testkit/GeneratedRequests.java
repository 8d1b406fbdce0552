package org.ejd.testkit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ejd.testkit.ApiClient.Response;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated input (issue 12, R2): requests made from a service's committed OpenAPI document
 * ({@code docs/openapi/<service>.json}) with a seeded random generator, sent concurrently with valid
 * tokens. Each request is one operation of the document with its path, query, header parameters and
 * JSON body drawn from their schemas, either conforming (ids of the test's fixture where a name
 * matches, so the checks behind the door run too) or broken in one place (a wrong type, a value out
 * of range, too long, a malformed id or date, a missing required property, an unknown property,
 * malformed JSON). The promise checked: never a 5xx, and every 4xx is {@code application/problem+json}
 * with a detail. {@link Report#toString()} prints the counts per status.
 */
public final class GeneratedRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> ODD_STRINGS = List.of("", " ", "null", "0", "-1", "💥", "' or '1'='1", "../../etc/passwd",
			"%00", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "\u0000", "9999-99-99", "2026-02-30", "25:61",
			"not-a-uuid", "00000000-0000-0000-0000-000000000000", "ЙЦУКЕН", "a".repeat(300), "x".repeat(5000), "\"\"", "{}", "[]",
			"true", "1e309", "NaN", "+7 (999) 000-00-00", "test@example.ru", "12345678901234567890");

	private static final java.util.regex.Pattern PATH_BREAKERS = java.util.regex.Pattern.compile("[/%\\u0000\\\\;]");

	private final String service;

	private final JsonNode document;

	private final List<Operation> operations = new ArrayList<>();

	private final List<Envelope> envelopes = new ArrayList<>();

	private GeneratedRequests(String service, JsonNode document) {
		this.service = service;
		this.document = document;
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			if (List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
				operations.add(new Operation(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), op.getValue()));
			}
		}));
	}

	/** The operations of {@code docs/openapi/<service>.json}. */
	public static GeneratedRequests of(String service) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path file = dir.resolve("docs/openapi").resolve(service + ".json");
			if (Files.isRegularFile(file)) {
				return new GeneratedRequests(service, JSON.readTree(file.toFile()));
			}
		}
		throw new IllegalStateException("docs/openapi/" + service + ".json not found above " + Path.of("").toAbsolutePath());
	}

	/**
	 * Paths under {@code pathPrefix} answer errors in their standard's own envelope, not problem+json (FHIR's
	 * OperationOutcome, OneRoster's imsx status): a 4xx there must have that content type and a non-blank text at
	 * {@code detailPointer} (a JSON pointer). A 406 there is still a problem (the client accepts neither).
	 */
	public GeneratedRequests withErrorEnvelope(String pathPrefix, String contentType, String detailPointer) {
		envelopes.add(new Envelope(pathPrefix, contentType, detailPointer));
		return this;
	}

	/** How many operations the document has. */
	public int operations() {
		return operations.size();
	}

	/**
	 * Sends {@code count} generated requests, {@code concurrency} at a time, each with one of the
	 * tokens; {@code known} gives fixture values by parameter or property name (e.g. {@code personId}).
	 */
	public Report run(ApiClient api, List<String> tokens, Map<String, List<String>> known, int count, int concurrency, long seed)
			throws InterruptedException {
		SortedMap<Integer, AtomicInteger> statuses = Collections.synchronizedSortedMap(new TreeMap<>());
		Map<String, String> failures = new ConcurrentHashMap<>();
		AtomicInteger failed = new AtomicInteger();
		long started = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> sent = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				Random random = new Random(seed * 1_000_003L + i);
				Request request = generate(random, tokens, known);
				sent.add(pool.submit(() -> {
					Response response;
					try {
						response = api.send(request.method(), request.path(), request.token(), request.body(), request.headers());
					}
					catch (RuntimeException ex) {
						failed.incrementAndGet();
						failures.putIfAbsent(request.operation() + " no answer", request + " → " + ex);
						return;
					}
					statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
					String broken = broken(request, response);
					if (broken != null) {
						failed.incrementAndGet();
						failures.putIfAbsent(request.operation() + " " + response.status(), request + " → " + broken + ": "
								+ response.body().substring(0, Math.min(400, response.body().length())));
					}
				}));
			}
			for (Future<?> future : sent) {
				try {
					future.get();
				}
				catch (java.util.concurrent.ExecutionException ex) {
					throw new IllegalStateException(ex.getCause());
				}
			}
		}
		Map<Integer, Integer> counts = new TreeMap<>();
		statuses.forEach((status, n) -> counts.put(status, n.get()));
		return new Report(service, operations.size(), count, counts, failed.get(), new TreeMap<>(failures),
				java.time.Duration.ofNanos(System.nanoTime() - started));
	}

	/** Why the response breaks the promise, or null when it keeps it. */
	private @Nullable String broken(Request request, Response response) {
		if (response.status() >= 500) {
			return "a 5xx";
		}
		for (Envelope envelope : envelopes) {
			// a 406 goes to a client that accepts neither the envelope's type nor JSON: it gets the common problem
			if (response.status() >= 400 && response.status() != 406 && request.path().startsWith(envelope.pathPrefix())) {
				if (!response.contentType().startsWith(envelope.contentType())) {
					return "a 4xx without " + envelope.contentType() + " (" + response.contentType() + ")";
				}
				JsonNode detail = response.json().at(envelope.detailPointer());
				return detail.isString() && !detail.asString().isBlank() ? null : "an error without its text at " + envelope.detailPointer();
			}
		}
		if (response.status() >= 400) {
			if (!response.isProblem()) {
				return "a 4xx without problem+json (" + response.contentType() + ")";
			}
			JsonNode detail = response.json().path("detail");
			if (!detail.isString() || detail.asString().isBlank()) {
				return "a problem without a detail";
			}
		}
		return null;
	}

	private Request generate(Random random, List<String> tokens, Map<String, List<String>> known) {
		Operation operation = operations.get(random.nextInt(operations.size()));
		// most requests conform, so the checks behind validation run; the rest are broken in one place
		boolean conforming = random.nextInt(100) < 55;
		String path = operation.path();
		StringBuilder query = new StringBuilder();
		Map<String, String> headers = new LinkedHashMap<>();
		for (JsonNode parameter : operation.node().path("parameters")) {
			JsonNode p = resolve(parameter);
			String name = p.get("name").asString();
			String in = p.get("in").asString();
			JsonNode schema = resolve(p.path("schema"));
			boolean required = p.path("required").asBoolean(false);
			if (!required && random.nextInt(3) == 0) {
				continue;
			}
			String value = conforming || random.nextInt(3) != 0 ? text(scalar(schema, name, random, known, conforming))
					: ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
			if (in.equals("path") && PATH_BREAKERS.matcher(value).find()) {
				// '/', '%', ';' and NUL in a path segment are refused by Tomcat's connector or Spring Security's
				// firewall before any service code runs (Tomcat's HTML or Boot's JSON error, not problem+json)
				value = "not-an-id";
			}
			// a request line over Tomcat's 8 KB header limit is refused by the connector the same way
			while (encode(value).length() > 1500) {
				value = value.substring(0, value.length() / 2);
			}
			switch (in) {
				case "path" -> path = path.replace("{" + name + "}", value.isEmpty() ? "x" : encode(value).replace("+", "%20"));
				case "query" -> query.append(query.isEmpty() ? '?' : '&').append(encode(name)).append('=').append(encode(value));
				case "header" -> {
					String safe = value.replaceAll("[^\\x21-\\x7e]", "x");
					if (!safe.isEmpty() && !name.equalsIgnoreCase("Authorization")) {
						headers.put(name, safe.length() > 200 ? safe.substring(0, 200) : safe);
					}
				}
				default -> {
				}
			}
		}
		JsonNode content = operation.node().path("requestBody").path("content");
		String body = null;
		if (!content.isMissingNode() && content.has("application/json")) {
			JsonNode schema = resolve(content.get("application/json").path("schema"));
			if (!conforming && random.nextInt(8) == 0) {
				body = List.of("{", "not json", "[]", "null", "{\"a\":", "123", "\"text\"").get(random.nextInt(7));
			}
			else {
				JsonNode value = value(schema, "body", random, known, conforming, 0);
				body = JSON.writeValueAsString(value);
			}
		}
		if (random.nextInt(10) == 0) {
			headers.put("Accept", List.of("text/csv", "application/json", "*/*", "text/plain").get(random.nextInt(4)));
		}
		String token = tokens.get(random.nextInt(tokens.size()));
		return new Request(operation.method() + " " + operation.path(), operation.method(), path.replaceAll("\\{[^}]+}", "x") + query,
				token, body, headers);
	}

	private JsonNode value(JsonNode schema, String name, Random random, Map<String, List<String>> known, boolean conforming, int depth) {
		JsonNode s = resolve(schema);
		if (s.has("oneOf") || s.has("anyOf")) {
			JsonNode choices = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
			return value(choices.get(random.nextInt(choices.size())), name, random, known, conforming, depth);
		}
		if (!conforming && random.nextInt(6) == 0) {
			return wrongType(s, random);
		}
		String type = type(s);
		if ("object".equals(type) || s.has("properties")) {
			ObjectNode object = NODES.objectNode();
			if (depth > 4) {
				return object;
			}
			List<String> required = new ArrayList<>();
			s.path("required").forEach(r -> required.add(r.asString()));
			String dropped = !conforming && !required.isEmpty() && random.nextInt(4) == 0 ? required.get(random.nextInt(required.size())) : null;
			s.path("properties").properties().forEach(property -> {
				String key = property.getKey();
				if (key.equals(dropped) || (!required.contains(key) && random.nextInt(3) == 0)) {
					return;
				}
				object.set(key, value(property.getValue(), key, random, known, conforming && random.nextInt(8) != 0, depth + 1));
			});
			JsonNode additional = s.path("additionalProperties");
			if (additional.isObject()) {
				int n = random.nextInt(3);
				for (int i = 0; i < n; i++) {
					JsonNode keys = resolve(s.path("propertyNames")).path("enum");
					String key = keys.isArray() && !keys.isEmpty() && (conforming || random.nextBoolean())
							? keys.get(random.nextInt(keys.size())).asString() : "k" + random.nextInt(100);
					object.set(key, value(additional, key, random, known, conforming, depth + 1));
				}
			}
			if (!conforming && random.nextInt(5) == 0) {
				object.put("unexpected" + random.nextInt(10), ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
			}
			return object;
		}
		if ("array".equals(type)) {
			ArrayNode array = NODES.arrayNode();
			int max = s.path("maxItems").asInt(4);
			int n = conforming ? random.nextInt(Math.min(max, 4) + 1) : random.nextInt(Math.min(max + 3, 40) + 1);
			for (int i = 0; i < n && depth <= 4; i++) {
				array.add(value(s.path("items"), name, random, known, conforming, depth + 1));
			}
			return array;
		}
		Object scalar = scalar(s, name, random, known, conforming);
		if (scalar == null) {
			return NODES.nullNode();
		}
		if (scalar instanceof Long l) {
			return NODES.numberNode(l);
		}
		if (scalar instanceof Double d) {
			return NODES.numberNode(d);
		}
		if (scalar instanceof Boolean b) {
			return NODES.booleanNode(b);
		}
		return NODES.stringNode(scalar.toString());
	}

	private static JsonNode wrongType(JsonNode schema, Random random) {
		return switch (random.nextInt(5)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.numberNode(random.nextLong());
			case 2 -> NODES.stringNode(ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size())));
			case 3 -> NODES.arrayNode().add(1).add("x");
			default -> "object".equals(type(schema)) ? NODES.stringNode("{}") : NODES.objectNode().put("a", 1);
		};
	}

	/** A scalar for a parameter or property: a known fixture value by name, or one drawn from the schema. */
	private @Nullable Object scalar(JsonNode schema, String name, Random random, Map<String, List<String>> known, boolean conforming) {
		JsonNode s = resolve(schema);
		String type = type(s);
		List<String> values = known.get(name);
		if (values != null && !values.isEmpty() && random.nextInt(10) < (conforming ? 8 : 4)) {
			return values.get(random.nextInt(values.size()));
		}
		if (s.has("enum") && (conforming || random.nextBoolean())) {
			JsonNode choice = s.get("enum").get(random.nextInt(s.get("enum").size()));
			return choice.isNull() ? null : choice.isNumber() ? (Object) choice.asLong() : choice.asString();
		}
		if (!conforming && random.nextInt(3) == 0) {
			return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
		}
		switch (type) {
			case "integer" -> {
				long min = s.has("minimum") ? s.get("minimum").asLong() : -5;
				long max = s.has("maximum") ? s.get("maximum").asLong() : 1000;
				if (!conforming) {
					return List.of(min - 1, max + 1, Long.MAX_VALUE, Long.MIN_VALUE, 0L).get(random.nextInt(5));
				}
				return min + (long) (random.nextDouble() * Math.min(max - min + 1, 1_000_000));
			}
			case "number" -> {
				return conforming ? random.nextDouble() * 100 : List.of(-1e300, 1e300, -0.5).get(random.nextInt(3));
			}
			case "boolean" -> {
				return random.nextBoolean();
			}
			default -> {
				return string(s, random, conforming);
			}
		}
	}

	private static String string(JsonNode s, Random random, boolean conforming) {
		String format = s.path("format").asString("");
		LocalDate day = LocalDate.of(2026, 9, 1).plusDays(random.nextInt(400) - 200);
		switch (format) {
			case "uuid":
				return conforming ? UUID.randomUUID().toString() : List.of("1234", UUID.randomUUID() + "0", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz")
					.get(random.nextInt(3));
			case "date":
				return conforming ? day.toString() : List.of("2026-13-01", "01.09.2026", "0000-00-00", "+999999999-12-31").get(random.nextInt(4));
			case "date-time":
				return conforming ? OffsetDateTime.of(day, LocalTime.NOON, ZoneOffset.UTC).toString() : "2026-09-01T25:00";
			case "time", "partial-time":
				return conforming ? LocalTime.of(random.nextInt(24), random.nextInt(60)).toString() : "24:60";
			case "email":
				return conforming ? "g" + random.nextInt(100000) + "@example.ru" : "not-an-email";
			default:
				break;
		}
		int min = s.path("minLength").asInt(0);
		int max = s.path("maxLength").asInt(40);
		int length = conforming ? min + random.nextInt(Math.max(1, Math.min(max, 40) - min + 1)) : max + 1 + random.nextInt(20);
		StringBuilder text = new StringBuilder();
		String alphabet = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяABCxyz0123456789 -.,'\"";
		for (int i = 0; i < length; i++) {
			text.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return text.toString();
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!"null".equals(t.asString())) {
					return t.asString();
				}
			}
		}
		return type.asString("string");
	}

	private JsonNode resolve(JsonNode node) {
		JsonNode current = node;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String[] parts = current.get("$ref").asString().substring(2).split("/");
			JsonNode target = document;
			for (String part : parts) {
				target = target.path(part);
			}
			current = target;
		}
		return current;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private record Operation(String method, String path, JsonNode node) {
	}

	private record Envelope(String pathPrefix, String contentType, String detailPointer) {
	}

	private record Request(String operation, String method, String path, String token, @Nullable String body,
			Map<String, String> headers) {

		@Override
		public String toString() {
			return method + " " + path + (body == null ? "" : " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body))
					+ (headers.isEmpty() ? "" : " " + headers);
		}
	}

	/** What a run saw: the counts per status, and one example per operation and status that broke the promise. */
	public record Report(String service, int operations, int requests, Map<Integer, Integer> statuses, int broken,
			Map<String, String> examples, java.time.Duration took) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder("\nGenerated input, ").append(service).append(": ").append(requests)
				.append(" requests over ").append(operations).append(" operations in ").append(took.toSeconds()).append(" s\n");
			statuses.forEach((status, n) -> text.append("  ").append(status).append(": ").append(n).append('\n'));
			text.append("  broken (5xx, or 4xx without a problem detail): ").append(broken).append('\n');
			examples.forEach((where, example) -> text.append("  ✗ ").append(where).append(": ").append(example).append('\n'));
			return text.toString();
		}
	}
}
