package org.ejd.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What can be checked of docker-compose.yml without a Docker engine (issue 18): Keycloak runs in production mode on a
 * database of its own, every container has a healthcheck, and no secret has a default (ADR 0013).
 */
class ComposeFileTest {

	private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[?-])?([^}]*)}");

	@Test
	void keycloakRunsInProductionModeOnItsOwnDatabase() throws IOException {
		Map<String, Object> keycloak = KubernetesManifestsTest.map(services().get("keycloak"));
		List<Object> command = KubernetesManifestsTest.list(keycloak.get("command"));
		assertThat(command).first().isEqualTo("start");
		assertThat(command).doesNotContain("start-dev");
		Map<String, Object> env = KubernetesManifestsTest.map(keycloak.get("environment"));
		assertThat(env).containsEntry("KC_DB", "postgres").containsEntry("KC_DB_USERNAME", "keycloak");
		assertThat(String.valueOf(env.get("KC_DB_URL"))).endsWith("/keycloak");
		assertThat(KubernetesManifestsTest.map(keycloak.get("depends_on"))).containsKey("postgres");
		assertThat(Files.readString(repositoryFile("infra/postgres/init.sh"))).contains("CREATE DATABASE keycloak OWNER keycloak");
	}

	@Test
	void everyContainerHasAHealthcheck() throws IOException {
		assertThat(services()).allSatisfy((name, service) ->
				assertThat(KubernetesManifestsTest.map(service).get("healthcheck")).as(name).isNotNull());
	}

	@Test
	void noSecretHasADefault() throws IOException {
		String compose = Files.readString(repositoryFile("docker-compose.yml"));
		Matcher matcher = VARIABLE.matcher(compose);
		int secrets = 0;
		while (matcher.find()) {
			if (matcher.group(1).matches(".*(PASSWORD|SECRET).*")) {
				secrets++;
				assertThat(matcher.group(2)).as(matcher.group()).isEqualTo(":?");
			}
		}
		assertThat(secrets).isGreaterThan(5);
	}

	private static Map<String, Object> services() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(repositoryFile("docker-compose.yml")));
		return KubernetesManifestsTest.map(compose.get("services"));
	}

	static Path repositoryFile(String path) {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve(path))) {
				return dir.resolve(path);
			}
		}
		throw new IllegalStateException(path + " not found above " + Path.of("").toAbsolutePath());
	}
}
