package org.ejd.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api-docs/all}: the services' OpenAPI documents as one, for Swagger UI and for integrators who want a single
 * client (issue 16). Asked of the running services each time (each carries this deployment's issuer, so Swagger UI's
 * "Authorize" signs in where the tokens come from); paths and tags are joined, a component two services name alike
 * but define differently is renamed with its service's name in front ({@code Page} of journal becomes
 * {@code JournalPage}) and that service's references follow it; identical ones ({@code ProblemDetail}) stay one. A
 * service that does not answer makes it a 503 problem, never a document with a service missing.
 */
@RestController
class MergedApiDocument {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GatewayProperties properties;

	private final FallbackController fallback;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	MergedApiDocument(GatewayProperties properties, FallbackController fallback) {
		this.properties = properties;
		this.fallback = fallback;
	}

	@GetMapping("/api-docs/all")
	ResponseEntity<?> merged() {
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		for (Map.Entry<String, URI> service : properties.services().entrySet()) {
			try {
				HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(service.getValue() + "/v3/api-docs"))
					.timeout(properties.timeout())
					.header("Accept", "application/json")
					.build(), HttpResponse.BodyHandlers.ofString());
				if (answer.statusCode() != 200) {
					return fallback.unavailable(service.getKey());
				}
				documents.put(service.getKey(), JSON.readTree(answer.body()));
			}
			catch (IOException ex) {
				return fallback.unavailable(service.getKey());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return fallback.unavailable(service.getKey());
			}
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(merge(documents).toString());
	}

	/** The documents, by service name in the gateway's order, as one. */
	static ObjectNode merge(Map<String, JsonNode> documents) {
		ObjectNode merged = JSON.createObjectNode();
		JsonNode first = documents.values().iterator().next();
		merged.put("openapi", first.path("openapi").asString());
		ObjectNode info = merged.putObject("info");
		info.put("title", "eJD API");
		info.put("version", first.path("info").path("version").asString());
		info.put("description", "Все сервисы eJD за шлюзом одним документом: " + String.join(", ", documents.keySet())
				+ " / every eJD service behind the gateway in one document");
		for (String shared : new String[] { "servers", "security" }) {
			if (first.has(shared)) {
				merged.set(shared, first.get(shared).deepCopy());
			}
		}
		ArrayNode tags = merged.putArray("tags");
		Set<String> tagNames = new HashSet<>();
		ObjectNode paths = merged.putObject("paths");
		ObjectNode components = merged.putObject("components");
		for (Map.Entry<String, JsonNode> entry : documents.entrySet()) {
			String prefix = Character.toUpperCase(entry.getKey().charAt(0)) + entry.getKey().substring(1);
			JsonNode document = entry.getValue().deepCopy();
			Map<String, String> renamed = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
				for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
					JsonNode existing = components.path(section.getKey()).get(component.getKey());
					if (existing != null && !existing.equals(component.getValue())) {
						renamed.put(ref(section.getKey(), component.getKey()), ref(section.getKey(), prefix + component.getKey()));
					}
				}
			}
			// a component that is the same as one already merged but refers to a renamed one differs after the rewrite:
			// it is renamed too, until nothing more refers to a renamed one (a page of a renamed item, its page's page)
			boolean more = !renamed.isEmpty();
			while (more) {
				more = false;
				for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
					for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
						String own = ref(section.getKey(), component.getKey());
						if (renamed.containsKey(own) || components.path(section.getKey()).get(component.getKey()) == null) {
							continue;
						}
						String text = component.getValue().toString();
						if (renamed.keySet().stream().anyMatch(r -> text.contains("\"" + r + "\""))) {
							renamed.put(own, ref(section.getKey(), prefix + component.getKey()));
							more = true;
						}
					}
				}
			}
			rewrite(document, renamed);
			securityFollows(document, renamed, merged.path("security"));
			for (Map.Entry<String, JsonNode> section : document.path("components").properties()) {
				ObjectNode target = components.has(section.getKey()) ? (ObjectNode) components.get(section.getKey())
						: components.putObject(section.getKey());
				for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
					String name = renamed.containsKey(ref(section.getKey(), component.getKey()))
							? prefix + component.getKey() : component.getKey();
					JsonNode existing = target.get(name);
					if (existing != null && !existing.equals(component.getValue())) {
						throw new IllegalStateException("two different components " + section.getKey() + "/" + name);
					}
					target.set(name, component.getValue());
				}
			}
			for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
				if (paths.has(path.getKey())) {
					throw new IllegalStateException(path.getKey() + " is in two services' documents");
				}
				paths.set(path.getKey(), path.getValue());
			}
			for (JsonNode tag : document.path("tags")) {
				if (tagNames.add(tag.path("name").asString())) {
					tags.add(tag);
				}
			}
		}
		return merged;
	}

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

	/**
	 * Security requirements name their scheme by key, not by reference: a renamed scheme is renamed in them too, and an
	 * operation that took its document's own default requirement gets it written out when the merged default differs.
	 */
	private static void securityFollows(JsonNode document, Map<String, String> renamed, JsonNode mergedDefault) {
		String schemes = "#/components/securitySchemes/";
		Map<String, String> names = new LinkedHashMap<>();
		renamed.forEach((from, to) -> {
			if (from.startsWith(schemes)) {
				names.put(from.substring(schemes.length()), to.substring(schemes.length()));
			}
		});
		JsonNode own = document.path("security").deepCopy();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (!METHODS.contains(operation.getKey()) || !(operation.getValue() instanceof ObjectNode op)) {
					continue;
				}
				if (!op.has("security") && !own.isMissingNode() && !own.equals(mergedDefault)) {
					op.set("security", own.deepCopy());
				}
				for (JsonNode requirement : op.path("security")) {
					if (requirement instanceof ObjectNode named) {
						for (Map.Entry<String, String> name : names.entrySet()) {
							JsonNode scopes = named.remove(name.getKey());
							if (scopes != null) {
								named.set(name.getValue(), scopes);
							}
						}
					}
				}
			}
		}
	}

	private static String ref(String section, String name) {
		return "#/components/" + section + "/" + name;
	}

	private static void rewrite(JsonNode node, Map<String, String> renamed) {
		if (renamed.isEmpty()) {
			return;
		}
		if (node instanceof ObjectNode object && object.get("$ref") != null && object.get("$ref").isString()
				&& renamed.containsKey(object.get("$ref").asString())) {
			object.put("$ref", renamed.get(object.get("$ref").asString()));
		}
		for (JsonNode child : node) {
			rewrite(child, renamed);
		}
	}
}
