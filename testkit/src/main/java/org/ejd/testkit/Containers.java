package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.MountableFile;

/** The same servers as containers, for machines with a Docker engine ({@code -Dtest.infra=containers}). */
final class Containers {

	static final String POSTGRES_IMAGE = "postgres:17.6-alpine";

	static final String KAFKA_IMAGE = "apache/kafka:4.1.2";

	static final String KEYCLOAK_IMAGE = "quay.io/keycloak/keycloak:26.4.7";

	private Containers() {
	}

	static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by the returned server's close()
	static PostgresServer postgres() {
		PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE).withUsername("postgres")
			.withPassword("postgres")
			.withDatabaseName("postgres")
			.withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
		container.start();
		return new PostgresServer(container.getHost(), container.getMappedPort(5432), "postgres", "postgres",
				server -> paused(container.getContainerId()), container::stop);
	}

	/**
	 * A container frozen as a hanging server (PostgresServer.hang): Docker's pause stops every process of the container
	 * with the cgroup freezer, as SIGSTOP does to the embedded server's processes, and unpause lets them go on. The
	 * processes of a container are not this machine's to signal (another PID namespace, maybe another host), so the
	 * engine does it.
	 */
	static PostgresServer.Freezing paused(String containerId) {
		return new PostgresServer.Freezing() {

			@Override
			public void hang() {
				DockerClientFactory.instance().client().pauseContainerCmd(containerId).exec();
			}

			@Override
			public void resume() {
				DockerClientFactory.instance().client().unpauseContainerCmd(containerId).exec();
			}
		};
	}

	@SuppressWarnings("resource")
	static KafkaServer kafka() {
		KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
		container.start();
		String id = container.getContainerId();
		return new KafkaServer(container.getBootstrapServers(),
				() -> DockerClientFactory.instance().client().pauseContainerCmd(id).exec(),
				() -> DockerClientFactory.instance().client().unpauseContainerCmd(id).exec(), container::stop);
	}

	/** The realm with the demo overlay (ADR 0016), in a file of its own to copy into the container. */
	private static Path demoRealm(Path realmFile) {
		try {
			Path merged = Files.createTempFile("ejd-realm", ".json");
			KeycloakServer.writeDemoRealm(realmFile, merged);
			return merged;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SuppressWarnings("resource")
	static KeycloakServer keycloak(Path realmFile) {
		GenericContainer<?> container = new GenericContainer<>(KEYCLOAK_IMAGE).withExposedPorts(8080)
			.withEnv("KC_BOOTSTRAP_ADMIN_USERNAME", KeycloakServer.ADMIN)
			.withEnv("KC_BOOTSTRAP_ADMIN_PASSWORD", KeycloakServer.ADMIN)
			.withEnv(KeycloakServer.CLIENT_SECRETS)
			.withCopyFileToContainer(MountableFile.forHostPath(demoRealm(realmFile)), "/opt/keycloak/data/import/ejd-realm.json")
			.withCopyFileToContainer(MountableFile.forHostPath(KeycloakServer.portalRealmFile(realmFile)),
					"/opt/keycloak/data/import/portal-realm.json")
			// the broker's back channel stays inside the container; its front channel would need the
			// mapped port, unknown before the start: portal logins are tested with embedded servers only
			.withEnv("EJD_PORTAL_BACKCHANNEL_URL", "http://localhost:8080/realms/" + KeycloakServer.PORTAL_REALM)
			.withCommand("start-dev", "--import-realm")
			.waitingFor(Wait.forHttp("/realms/" + KeycloakServer.REALM + "/.well-known/openid-configuration")
				.forStatusCode(200)
				.withStartupTimeout(Duration.ofMinutes(3)));
		container.start();
		// tokens' iss follows the request host: everyone uses localhost and the mapped port
		return new KeycloakServer(container.getMappedPort(8080), container::stop);
	}
}
