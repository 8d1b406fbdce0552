package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

/**
 * The merged document of {@code /api-docs/all}, made of the committed documents (the same the services serve, the build
 * checks that): every path of every service, every reference resolving, the components two services define
 * differently kept apart under their service's name.
 */
class MergedApiDocumentTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> SERVICES = List.of("identity", "journal", "diary", "consent", "notifications", "oneroster");

	@Test
	void everyPathOfEveryServiceIsThereAndEveryReferenceResolves() throws IOException {
		Map<String, JsonNode> documents = committed();
		ObjectNode merged = MergedApiDocument.merge(documents);

		int paths = documents.values().stream().mapToInt(document -> document.path("paths").size()).sum();
		assertThat(merged.path("paths").size()).isEqualTo(paths);
		assertThat(merged.path("components").path("securitySchemes").has("keycloak")).isTrue();
		assertThat(merged.path("security")).isEqualTo(documents.get("diary").path("security"));
		List<String> unresolved = new ArrayList<>();
		references(merged, merged, unresolved);
		assertThat(unresolved).as("references to no component").isEmpty();
	}

	@Test
	void aComponentTwoServicesDefineDifferentlyIsKeptUnderTheLatersNameAndItsReferencesFollow() throws IOException {
		Map<String, JsonNode> documents = committed();
		JsonNode diaryPage = documents.get("diary").at("/components/schemas/FeedPage");
		JsonNode notificationsPage = documents.get("notifications").at("/components/schemas/FeedPage");
		assertThat(diaryPage.isMissingNode() || notificationsPage.isMissingNode() || diaryPage.equals(notificationsPage))
			.as("diary (the change feed) and notifications (the feed) both define a FeedPage, differently").isFalse();

		ObjectNode merged = MergedApiDocument.merge(documents);
		JsonNode schemas = merged.at("/components/schemas");
		JsonNode keptPage = JSON.readTree(schemas.get("FeedPage").toString()
			.replace("\"#/components/schemas/Diary", "\"#/components/schemas/"));
		assertThat(keptPage).as("the first service's keeps the name (its references follow its own components, "
				+ "renamed where another service defines one of the same name differently)").isEqualTo(diaryPage);
		assertThat(schemas.has("NotificationsFeedPage")).isTrue();
		assertThat(merged.at("/paths").toString()).contains("\"#/components/schemas/NotificationsFeedPage\"");
		assertThat(schemas.has("ProblemDetail")).isTrue();
		assertThat(schemas.has("NotificationsProblemDetail")).as("an identical component stays one").isFalse();
	}

	private static Map<String, JsonNode> committed() throws IOException {
		Path dir = Path.of("..", "docs", "openapi");
		Map<String, JsonNode> documents = new LinkedHashMap<>();
		for (String service : SERVICES) {
			documents.put(service, JSON.readTree(Files.readString(dir.resolve(service + ".json"))));
		}
		return documents;
	}

	private static void references(JsonNode root, JsonNode node, List<String> unresolved) {
		JsonNode ref = node.get("$ref");
		if (ref != null && ref.isString() && ref.asString().startsWith("#/")) {
			if (root.at(ref.asString().substring(1)).isMissingNode()) {
				unresolved.add(ref.asString());
			}
		}
		for (JsonNode child : node) {
			references(root, child, unresolved);
		}
	}
}
