package org.ejd.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The committed API descriptions ({@code docs/openapi/<service>.json}) against what a running service serves: a change
 * of the contract fails the build with its diff until the file is regenerated on purpose with
 * {@code -Dejd.openapi.write=true} (or {@code EJD_OPENAPI_WRITE=true}) and committed with the change.
 */
public final class OpenApiDocuments {

	/** What the test realm's issuer (a free port each run) is written as in the committed files. */
	public static final String PUBLISHED_ISSUER = "https://keycloak.example/realms/ejd";

	/** Where a service keeps each operation's texts (ADR 0053). */
	static final String OPERATIONS = "openapi/operations.yml";

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(SerializationFeature.INDENT_OUTPUT)
		.enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
		.build();

	private OpenApiDocuments() {
	}

	/**
	 * Compares the served document with the committed one (or writes it when asked to).
	 *
	 * @param service the file's name under {@code docs/openapi/}, e.g. {@code diary}
	 * @param served the body of the service's {@code /v3/api-docs}
	 */
	public static void assertMatchesCommitted(String service, String served) {
		assertEveryOperationHasItsTexts(served);
		String actual = normalized(served);
		Path file = repositoryRoot().resolve("docs/openapi").resolve(service + ".json");
		try {
			Path target = Path.of("target", "openapi", service + ".json");
			Files.createDirectories(target.getParent());
			Files.writeString(target, actual, StandardCharsets.UTF_8);
			if (regenerate()) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, actual, StandardCharsets.UTF_8);
			}
			else {
				compare(file, actual, target);
			}
			JsonNode document = JSON.readTree(actual);
			List<String> breaches = new ArrayList<>(conventionBreaches(document));
			breaches.addAll(exampleBreaches(document));
			if (!breaches.isEmpty()) {
				throw new AssertionError(service + "'s API description breaks the API's conventions (ADR 0025, 0041, 0056):\n"
						+ String.join("\n", breaches));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Every operation the service serves has its Russian and English texts in its {@code openapi/operations.yml} and every
	 * entry there names an operation that exists (ADR 0053). A service without the file is not held to it yet.
	 */
	public static void assertEveryOperationHasItsTexts(String served) {
		Set<String> described;
		try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(OPERATIONS)) {
			if (in == null) {
				return;
			}
			described = describedOperations(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> wrong = textMismatches(served, described);
		if (!wrong.isEmpty()) {
			throw new AssertionError(OPERATIONS + " and the served operations differ:\n" + String.join("\n", wrong));
		}
	}

	/** The served operations without texts, and the texts of no served operation. */
	static List<String> textMismatches(String served, Set<String> described) {
		Set<String> operations = new TreeSet<>();
		JSON.readTree(served).path("paths").forEach(item -> item.forEach(operation -> {
			if (operation.has("operationId")) {
				operations.add(operation.get("operationId").asString());
			}
		}));
		List<String> wrong = new ArrayList<>();
		operations.stream().filter(id -> !described.contains(id)).forEach(id -> wrong.add("no texts for " + id));
		described.stream().filter(id -> !operations.contains(id)).forEach(id -> wrong.add("texts for no operation: " + id));
		return wrong;
	}

	static Set<String> describedOperations(InputStream yaml) {
		Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
		if (root instanceof Map<?, ?> top && top.get("operations") instanceof Map<?, ?> operations) {
			Set<String> ids = new TreeSet<>();
			operations.keySet().forEach(id -> ids.add(String.valueOf(id)));
			return ids;
		}
		throw new AssertionError(OPERATIONS + " has no 'operations' map");
	}

	/** Fails with the differing lines when the committed file is not the served document. */
	static void compare(Path committedFile, String actual, Path served) throws IOException {
		String committed = Files.isRegularFile(committedFile) ? Files.readString(committedFile, StandardCharsets.UTF_8) : "";
		if (!committed.equals(actual)) {
			throw new AssertionError("The API differs from " + committedFile + " (served: " + served.toAbsolutePath()
					+ "). If the change is meant, regenerate with -Dejd.openapi.write=true and commit it.\n" + diff(committed, actual));
		}
	}

	/**
	 * What every document must say the same way, whatever the service (issue 16): a list's {@code limit} is an integer of at
	 * least 1 with its cap as the maximum, a list read by {@code cursor} takes a {@code limit} too, a 204 has no body, every
	 * operation names at least one success, raw bytes are never documented as JSON, every string sent has its limit, and the
	 * convention headers sent are declared.
	 */
	static List<String> conventionBreaches(JsonNode document) {
		List<String> breaches = new ArrayList<>();
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
				return;
			}
			JsonNode operation = entry.getValue();
			String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
			boolean cursor = false;
			boolean limit = false;
			for (JsonNode parameter : operation.path("parameters")) {
				if (!parameter.path("in").asString("").equals("query")) {
					continue;
				}
				String parameterName = parameter.path("name").asString("");
				cursor |= parameterName.equals("cursor");
				if (parameterName.equals("limit")) {
					limit = true;
					JsonNode schema = parameter.path("schema");
					if (!typed(schema, "integer") || schema.path("minimum").asLong(Long.MIN_VALUE) < 1
							|| schema.path("maximum").asLong(Long.MAX_VALUE) >= Integer.MAX_VALUE) {
						breaches.add(name + ": limit must be an integer from 1 to the list's cap (minimum 1, maximum the cap), is "
								+ schema);
					}
				}
			}
			if (cursor && !limit) {
				breaches.add(name + ": a list read by cursor takes a limit");
			}
			JsonNode responses = operation.path("responses");
			breaches.addAll(unlimitedStrings(document, operation, name));
			breaches.addAll(undeclaredHeaders(operation, name));
			if (responses.properties().stream().noneMatch(r -> r.getKey().startsWith("2"))) {
				breaches.add(name + ": documents no success answer");
			}
			if (responses.has("204") && responses.path("204").has("content")) {
				breaches.add(name + ": a 204 has no body, but content is documented");
			}
			operation.path("requestBody").path("content").properties().forEach(media -> {
				JsonNode schema = media.getValue().path("schema");
				if (media.getKey().contains("json") && typed(schema, "string")
						&& List.of("byte", "binary").contains(schema.path("format").asString(""))) {
					breaches.add(name + ": a body of raw bytes is documented as " + media.getKey() + " (declare what it consumes)");
				}
			});
		}));
		return breaches;
	}

	/** Formats whose values have a length of their own (or are raw bytes under the body limit). */
	private static final Set<String> SELF_LIMITED_FORMATS = Set.of("uuid", "date", "date-time", "time", "binary", "byte");

	/**
	 * Every string a caller sends, in a parameter or a request body, has a {@code maxLength}, a format with a length of its
	 * own, or a closed set of values ({@code enum}, {@code const}) (issue 16): the code enforces it (400 beyond).
	 */
	static List<String> unlimitedStrings(JsonNode document, JsonNode operation, String name) {
		List<String> breaches = new ArrayList<>();
		for (JsonNode parameter : operation.path("parameters")) {
			JsonNode resolved = resolve(document, parameter);
			unlimited(document, resolved.path("schema"), name + ": " + resolved.path("in").asString("") + " parameter "
					+ resolved.path("name").asString(""), breaches, new HashSet<>());
		}
		operation.path("requestBody").path("content").properties().forEach(media -> unlimited(document,
				media.getValue().path("schema"), name + ": body " + media.getKey(), breaches, new HashSet<>()));
		return breaches;
	}

	private static void unlimited(JsonNode document, JsonNode schema, String where, List<String> breaches, Set<String> seen) {
		if (!schema.isObject()) {
			return;
		}
		if (schema.has("$ref")) {
			if (seen.add(schema.get("$ref").asString())) {
				unlimited(document, resolve(document, schema), where, breaches, seen);
			}
			return;
		}
		for (String combined : List.of("allOf", "oneOf", "anyOf")) {
			schema.path(combined).forEach(part -> unlimited(document, part, where, breaches, seen));
		}
		if (typed(schema, "string") && !schema.has("maxLength") && !schema.has("enum") && !schema.has("const")
				&& !SELF_LIMITED_FORMATS.contains(schema.path("format").asString(""))) {
			breaches.add(where + ": a string without maxLength (or a format, or enum)");
		}
		schema.path("properties").properties().forEach(p -> unlimited(document, p.getValue(), where + "." + p.getKey(), breaches, seen));
		unlimited(document, schema.path("items"), where + "[]", breaches, seen);
		unlimited(document, schema.path("additionalProperties"), where + "{}", breaches, seen);
	}

	/** A {@code $ref} to the document's own components, resolved; anything else as it is. */
	private static JsonNode resolve(JsonNode document, JsonNode node) {
		String ref = node.path("$ref").asString("");
		if (!ref.startsWith("#/")) {
			return node;
		}
		JsonNode target = document;
		for (String part : ref.substring(2).split("/")) {
			target = target.path(part);
		}
		return target;
	}

	/**
	 * The headers of the API's conventions a service sends are declared where it sends them (issue 16, ADR 0057): the
	 * next page's {@code Link} on a list read by cursor, {@code ETag} and 304 on a read that takes {@code If-None-Match},
	 * 412, 428 and the new {@code ETag} on a write that takes {@code If-Match}, {@code Deprecation} and {@code Sunset} on a
	 * deprecated operation. Which other answers send an {@code ETag} the document cannot tell: {@code @SendsETag} declares
	 * them, and {@code ServiceArchitecture} holds every handler that sets one to it (ADR 0066).
	 */
	static List<String> undeclaredHeaders(JsonNode operation, String name) {
		List<String> breaches = new ArrayList<>();
		boolean cursor = false;
		boolean ifNoneMatch = false;
		boolean ifMatch = false;
		for (JsonNode parameter : operation.path("parameters")) {
			String in = parameter.path("in").asString("");
			cursor |= in.equals("query") && parameter.path("name").asString("").equals("cursor");
			ifNoneMatch |= in.equals("header") && parameter.path("name").asString("").equalsIgnoreCase("If-None-Match");
			ifMatch |= in.equals("header") && parameter.path("name").asString("").equalsIgnoreCase("If-Match");
		}
		if (ifMatch) {
			if (!operation.path("responses").has("412") || !operation.path("responses").has("428")) {
				breaches.add(name + ": a write that takes If-Match declares 412 (stale) and 428 (missing)");
			}
			operation.path("responses").properties().stream()
				.filter(r -> r.getKey().startsWith("2") && !r.getKey().equals("204") && !r.getValue().path("headers").has("ETag"))
				.forEach(r -> breaches.add(name + ": a write that takes If-Match declares the new ETag on its " + r.getKey()));
		}
		JsonNode ok = operation.path("responses").path("200");
		if (cursor && !ok.path("headers").has("Link")) {
			breaches.add(name + ": a list read by cursor sends the next page in Link, but its 200 does not declare Link");
		}
		if (ifNoneMatch && (!ok.path("headers").has("ETag") || !operation.path("responses").has("304"))) {
			breaches.add(name + ": a read that takes If-None-Match declares ETag on its 200 and a 304");
		}
		if (operation.path("deprecated").asBoolean(false)) {
			operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2")).forEach(r -> {
				if (!r.getValue().path("headers").has("Deprecation") || !r.getValue().path("headers").has("Sunset")) {
					breaches.add(name + ": a deprecated operation declares Deprecation and Sunset on its " + r.getKey());
				}
			});
		}
		return breaches;
	}

	/**
	 * Every example is true and every body has one (ADR 0056): each {@code example} of a schema and each example of a
	 * media type validates against its schema (JSON Schema 2020-12, formats asserted), and each operation's JSON request
	 * body and JSON 2xx answer has an example of its own or a schema whose properties all carry one.
	 */
	static List<String> exampleBreaches(JsonNode document) {
		Examples examples = new Examples(document);
		document.path("components").path("schemas").properties()
			.forEach(s -> examples.schemaExamples("#/components/schemas/" + s.getKey(), s.getValue()));
		document.path("components").path("responses").properties()
			.forEach(r -> examples.contentExamples("#/components/responses/" + r.getKey(), r.getValue().path("content"), false));
		document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
			if (!List.of("get", "put", "post", "delete", "patch").contains(entry.getKey())) {
				return;
			}
			JsonNode operation = entry.getValue();
			String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
			examples.contentExamples(name + " request body", operation.path("requestBody").path("content"), true);
			operation.path("responses").properties().forEach(response -> examples.contentExamples(
					name + " " + response.getKey(), examples.resolve(response.getValue()).path("content"),
					response.getKey().startsWith("2")));
		}));
		return examples.breaches;
	}

	/** Walks a document's schemas and media types, validating what they give as examples. */
	private static final class Examples {

		private static final com.networknt.schema.SchemaRegistry REGISTRY = com.networknt.schema.SchemaRegistry.withDefaultDialect(
				com.networknt.schema.SpecificationVersion.DRAFT_2020_12,
				builder -> builder.schemaRegistryConfig(
						com.networknt.schema.SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

		private final JsonNode document;

		/** The components' schemas under {@code $defs}, their references pointing there: shared by every validation. */
		private final JsonNode definitions;

		final List<String> breaches = new ArrayList<>();

		Examples(JsonNode document) {
			this.document = document;
			this.definitions = JSON.readTree(JSON.writeValueAsString(document.path("components").path("schemas"))
				.replace("\"#/components/schemas/", "\"#/$defs/"));
		}

		JsonNode resolve(JsonNode node) {
			String ref = node.path("$ref").asString("");
			return ref.startsWith("#/") ? document.at(ref.substring(1)) : node;
		}

		void schemaExamples(String where, JsonNode schema) {
			if (!schema.isObject()) {
				return;
			}
			if (schema.has("example")) {
				validate(where, schema, schema.get("example"));
			}
			schema.path("examples").forEach(example -> validate(where, schema, example));
			schema.path("properties").properties().forEach(p -> {
				freeTextWithoutExample(where + "." + p.getKey(), p.getValue());
				schemaExamples(where + "." + p.getKey(), p.getValue());
			});
			if (where.contains(".") && !schema.has("example")) {
				freeTextWithoutExample(where + "[]", schema.path("items"));
			}
			schemaExamples(where + "[]", schema.path("items"));
			schemaExamples(where + "{}", schema.path("additionalProperties"));
			for (String list : List.of("allOf", "anyOf", "oneOf", "prefixItems")) {
				schema.path(list).forEach(s -> schemaExamples(where, s));
			}
		}

		void contentExamples(String where, JsonNode content, boolean needsOne) {
			content.properties().forEach(media -> {
				JsonNode schema = media.getValue().path("schema");
				if (!schema.isObject()) {
					return;
				}
				if (!schema.has("$ref")) {
					schemaExamples(where, schema);
				}
				boolean given = false;
				if (media.getValue().has("example")) {
					validate(where + " (" + media.getKey() + ")", schema, media.getValue().get("example"));
					given = true;
				}
				for (var example : media.getValue().path("examples").properties()) {
					JsonNode value = resolve(example.getValue());
					if (value.has("value")) {
						validate(where + " (" + media.getKey() + ", " + example.getKey() + ")", schema, value.get("value"));
						given = true;
					}
				}
				if (needsOne && media.getKey().contains("json") && !given && !rawOrAny(schema)
						&& !carries(schema, new java.util.HashSet<>())) {
					breaches.add(where + " (" + media.getKey() + "): no example (give the body one in openapi/operations.yml, "
							+ "or @Schema(example = …) on the properties that have none)");
				}
			});
		}

		/**
		 * Bytes (a file a controller declares with the JSON it can also answer) and "any value" ({@code {}}) are not a
		 * JSON body one could give an example of.
		 */
		private boolean rawOrAny(JsonNode schema) {
			JsonNode resolved = resolve(schema);
			return resolved.isEmpty() || typed(resolved, "string") && List.of("byte", "binary").contains(resolved.path("format").asString(""));
		}

		/** A schema carries an example: its own, or every required property's (every property's when none is required). */
		private boolean carries(JsonNode schema, java.util.Set<String> visiting) {
			if (schema.has("example") || !schema.path("examples").isEmpty()) {
				return true;
			}
			String ref = schema.path("$ref").asString("");
			if (!ref.isEmpty()) {
				return visiting.add(ref) && carries(resolve(schema), visiting);
			}
			if (schema.path("properties").isObject() && !schema.path("properties").isEmpty()) {
				JsonNode required = schema.path("required");
				List<String> names = new ArrayList<>();
				if (required.isArray() && !required.isEmpty()) {
					required.forEach(r -> names.add(r.asString()));
				}
				else {
					schema.path("properties").propertyNames().forEach(names::add);
				}
				return names.stream().allMatch(n -> schema.path("properties").has(n)
						&& carries(schema.path("properties").path(n), new java.util.HashSet<>(visiting)));
			}
			if (schema.path("items").isObject()) {
				return carries(schema.path("items"), visiting);
			}
			if (schema.path("additionalProperties").isObject()) {
				return carries(schema.path("additionalProperties"), visiting);
			}
			for (String list : List.of("oneOf", "anyOf")) {
				for (JsonNode alternative : schema.path(list)) {
					if (carries(alternative, new java.util.HashSet<>(visiting))) {
						return true;
					}
				}
			}
			return false;
		}

		/**
		 * A property of free text (a string with no format, pattern, enum or constant) that carries no example: platform
		 * derives none it cannot derive truly (ADR 0064), so the code must say what such a value looks like.
		 */
		private void freeTextWithoutExample(String where, JsonNode property) {
			if (property.isObject() && typed(property, "string") && !property.has("format") && !property.has("pattern")
					&& !property.has("enum") && !property.has("const") && !property.has("$ref") && !property.has("example")
					&& property.path("examples").isEmpty()) {
				breaches.add(where + ": free text without an example: give it @Schema(example = …) with a real value, "
						+ "or allowableValues when it is a closed set");
			}
		}

		private void validate(String where, JsonNode schema, JsonNode example) {
			placeholders(example).forEach(p -> breaches.add(where + ": the example " + abbreviated(example)
					+ " holds the placeholder «" + p + "»: give a value an integrator could send or receive"));
			tools.jackson.databind.node.ObjectNode root = JSON.createObjectNode();
			root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
			root.set("$defs", definitions);
			root.set("allOf", JSON.createArrayNode().add(JSON.readTree(JSON.writeValueAsString(schema)
				.replace("\"#/components/schemas/", "\"#/$defs/"))));
			List<com.networknt.schema.Error> errors = REGISTRY.getSchema(root).validate(example);
			if (!errors.isEmpty()) {
				breaches.add(where + ": the example " + abbreviated(example) + " does not match its schema: " + errors);
			}
		}

		/** The placeholder texts anywhere in an example (a value, an element, a property's value, at any depth). */
		static List<String> placeholders(JsonNode example) {
			List<String> found = new ArrayList<>();
			if (example.isString()) {
				String text = example.asString().strip();
				String lower = text.toLowerCase(java.util.Locale.ROOT);
				if (PLACEHOLDER_WORDS.contains(lower) || lower.contains("пример") || lower.contains("lorem ipsum")
						|| lower.contains("placeholder") || lower.contains("todo") || lower.contains("xxx")) {
					found.add(text);
				}
			}
			example.forEach(child -> found.addAll(placeholders(child)));
			return found;
		}

		private static final java.util.Set<String> PLACEHOLDER_WORDS = java.util.Set.of("string", "example", "sample",
				"foo", "bar", "baz", "lorem", "образец", "...", "…");

		private static String abbreviated(JsonNode example) {
			String text = example.toString();
			return text.length() > 200 ? text.substring(0, 200) + "…" : text;
		}
	}

	private static boolean typed(JsonNode schema, String type) {
		JsonNode declared = schema.path("type");
		if (declared.isArray()) {
			for (JsonNode t : declared) {
				if (t.asString("").equals(type)) {
					return true;
				}
			}
			return false;
		}
		return declared.asString("").equals(type);
	}

	/** Keys sorted, two-space indent, a final newline, and the test realm's issuer replaced by the published one. */
	static String normalized(String served) {
		String issuer = RealServers.keycloak().issuerUri();
		JsonNode document = JSON.readTree(served.replace(issuer, PUBLISHED_ISSUER));
		return JSON.writeValueAsString(document) + "\n";
	}

	static boolean regenerate() {
		return Boolean.getBoolean("ejd.openapi.write") || "true".equalsIgnoreCase(System.getenv("EJD_OPENAPI_WRITE"));
	}

	/** The lines that differ, as {@code -committed} and {@code +served} with line numbers (the first 60). */
	static String diff(String committed, String actual) {
		List<String> left = committed.lines().toList();
		List<String> right = actual.lines().toList();
		int start = 0;
		while (start < left.size() && start < right.size() && left.get(start).equals(right.get(start))) {
			start++;
		}
		int endLeft = left.size() - 1;
		int endRight = right.size() - 1;
		while (endLeft >= start && endRight >= start && left.get(endLeft).equals(right.get(endRight))) {
			endLeft--;
			endRight--;
		}
		List<String> out = new ArrayList<>();
		out.add("@@ line " + (start + 1) + " @@");
		for (int i = start; i <= endLeft && out.size() < 30; i++) {
			out.add("-" + left.get(i));
		}
		for (int i = start; i <= endRight && out.size() < 60; i++) {
			out.add("+" + right.get(i));
		}
		return String.join("\n", out);
	}

	private static Path repositoryRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
				return dir;
			}
		}
		throw new IllegalStateException("the repository (mvnw, docs/) not found above " + Path.of("").toAbsolutePath());
	}
}
