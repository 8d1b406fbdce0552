package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The password grant lives only in the demo overlay (ADR 0016): production imports the main realm file alone. */
class RealmFilesTest {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theMainRealmHasNoPasswordGrantButIdentitysAdminClientWhichSaysWhy() {
		JsonNode realm = json.readTree(Locations.realmFile().toFile());
		List<String> withPasswordGrant = new ArrayList<>();
		for (JsonNode client : realm.get("clients")) {
			if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
				withPasswordGrant.add(client.get("clientId").asString());
			}
		}
		assertThat(withPasswordGrant).containsExactly("ejd-identity-admin");
		JsonNode admin = client(realm, "ejd-identity-admin");
		assertThat(admin.path("description").asString("")).contains("diary credentials typed on a portal");
		assertThat(admin.path("publicClient").asBoolean(true)).as("a confidential client, with its secret").isFalse();
		assertThat(client(realm, "ejd-cli")).as("ejd-cli is in the demo overlay only").isNull();
	}

	@Test
	void swaggerUiIsItsOwnPublicPkceClientWithOnlyTheGatewaysExactRedirect() {
		JsonNode swaggerUi = client(json.readTree(Locations.realmFile().toFile()), "ejd-swagger-ui");
		assertThat(swaggerUi).isNotNull();
		assertThat(swaggerUi.get("publicClient").asBoolean()).isTrue();
		assertThat(swaggerUi.get("standardFlowEnabled").asBoolean()).isTrue();
		assertThat(swaggerUi.get("implicitFlowEnabled").asBoolean()).isFalse();
		assertThat(swaggerUi.get("attributes").get("pkce.code.challenge.method").asString()).isEqualTo("S256");
		assertThat(swaggerUi.get("redirectUris")).extracting(JsonNode::asString)
			.containsExactly("http://localhost:8080/swagger-ui/oauth2-redirect.html");
	}

	@Test
	void refreshTokensAreRotatedSoAStolenOneIsUsableOnceAtMost() {
		JsonNode realm = json.readTree(Locations.realmFile().toFile());
		assertThat(realm.path("revokeRefreshToken").asBoolean(false)).isTrue();
		assertThat(realm.path("refreshTokenMaxReuse").asInt(-1)).isZero();
	}

	@Test
	void theDemoRealmTheTestsAndTheLocalStackImportAddsTheCommandLineClient(@TempDir Path dir) {
		Path merged = dir.resolve("ejd-realm.json");
		KeycloakServer.writeDemoRealm(Locations.realmFile(), merged);
		JsonNode realm = json.readTree(merged.toFile());
		JsonNode cli = client(realm, "ejd-cli");
		assertThat(cli).isNotNull();
		assertThat(cli.get("directAccessGrantsEnabled").asBoolean()).isTrue();
		assertThat(cli.get("publicClient").asBoolean()).isTrue();
		assertThat(client(realm, "ejd-identity-admin")).as("the rest of the realm is kept").isNotNull();
		assertThat(realm.get("passwordPolicy").asString()).isEqualTo(
				json.readTree(Locations.realmFile().toFile()).get("passwordPolicy").asString());
	}

	@Test
	void composeImportsTheMainRealmWithoutTheOverlay() throws Exception {
		Path compose = Locations.realmFile().getParent().getParent().getParent().resolve("docker-compose.yml");
		String text = Files.readString(compose);
		assertThat(text).contains("infra/keycloak/ejd-realm.json").doesNotContain("demo-overlay");
	}

	private static JsonNode client(JsonNode realm, String clientId) {
		for (JsonNode client : realm.get("clients")) {
			if (clientId.equals(client.get("clientId").asString())) {
				return client;
			}
		}
		return null;
	}
}
