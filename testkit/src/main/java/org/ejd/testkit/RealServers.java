package org.ejd.testkit;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The real servers every eJD test and the local stack run on: PostgreSQL, Kafka, Keycloak and
 * SMTP, each started at most once per JVM on free ports and shared by every test context.
 * A test class gets them, wired into its service's properties, in one line:
 *
 * <pre>
 * &#64;DynamicPropertySource
 * static void servers(DynamicPropertyRegistry registry) { RealServers.register(registry, "journal"); }
 * </pre>
 *
 * The servers come from Maven-delivered artifacts and need no Docker.
 */
public final class RealServers {

	private static PostgresServer postgres;

	private static KafkaServer kafka;

	private static KeycloakServer keycloak;

	private static final String LINK_SECRET = KeycloakServer.randomSecret();

	private static final String UNSUBSCRIBE_SECRET = KeycloakServer.randomSecret();

	private static SmtpServer smtp;

	private static SmppServer smpp;

	private static Path workDir;

	// one lock per server: Keycloak starts beside the others, not after them
	private static final Object POSTGRES_LOCK = new Object();

	private static final Object KAFKA_LOCK = new Object();

	private static final Object KEYCLOAK_LOCK = new Object();

	private static final Object SMTP_LOCK = new Object();

	private static final Object SMPP_LOCK = new Object();

	private RealServers() {
	}

	public static PostgresServer postgres() {
		synchronized (POSTGRES_LOCK) {
			if (postgres == null) {
				postgres = PostgresServer.start();
			}
			return postgres;
		}
	}

	/**
	 * Makes this JVM's PostgreSQL durable ({@code fsync=on}, {@code synchronous_commit=on}), for the fault suite that kills
	 * it (ADR 0048), and for the performance run (ADR 0106); called before anything starts it. The default stays fast:
	 * {@code fsync=off} is for speed only.
	 */
	public static void durablePostgres() {
		synchronized (POSTGRES_LOCK) {
			if (postgres != null) {
				throw new IllegalStateException("PostgreSQL already runs with fsync=off: ask for a durable one before it starts");
			}
			PostgresServer.startDurable();
		}
	}

	public static KafkaServer kafka() {
		synchronized (KAFKA_LOCK) {
			if (kafka == null) {
				kafka = KafkaServer.start(workDir().resolve("kafka"));
			}
			return kafka;
		}
	}

	public static KeycloakServer keycloak() {
		synchronized (KEYCLOAK_LOCK) {
			if (keycloak == null) {
				keycloak = KeycloakServer.start(workDir().resolve("keycloak"), Locations.realmFile());
				// the authorization matrices' expired token: issued now, its minute of clock skew runs while the tests start
				keycloak.issueExpiringToken();
			}
			return keycloak;
		}
	}

	public static SmtpServer smtp() {
		synchronized (SMTP_LOCK) {
			if (smtp == null) {
				smtp = SmtpServer.start();
			}
			return smtp;
		}
	}

	/** The SMPP simulator (an SMSC) for notification-service; started only by those who ask for it. */
	public static SmppServer smpp() {
		synchronized (SMPP_LOCK) {
			if (smpp == null) {
				smpp = SmppServer.start();
			}
			return smpp;
		}
	}

	/**
	 * The properties that point a service at the real servers.
	 * @param database the service's own database, e.g. {@code journal} (or a test's second one of it, {@code notification_bounce});
	 * null for the gateway
	 */
	public static Map<String, String> propertiesFor(String database) {
		Map<String, String> properties = new LinkedHashMap<>();
		startInParallel(database != null);
		if (database != null) {
			properties.put("spring.datasource.url", postgres().jdbcUrl(database));
			properties.put("spring.datasource.username", postgres().username());
			properties.put("spring.datasource.password", postgres().password());
			properties.put("spring.kafka.bootstrap-servers", kafka().bootstrapServers());
			// a test's second database of a service (notification_bounce) is still that service on Kafka
			properties.putAll(kafkaCredentials(database.split("_", 2)[0] + "-service"));
		}
		properties.put("ejd.security.issuer-uri", keycloak().issuerUri());
		properties.put("ejd.keycloak.url", keycloak().url());
		// secrets of this run only (no service starts with a known one)
		properties.put("ejd.identity.keycloak.client-secret", keycloak().identityAdminSecret());
		properties.put("ejd.journal.attachments.link-secret", LINK_SECRET);
		properties.put("ejd.notification.unsubscribe.secret", UNSUBSCRIBE_SECRET);
		properties.put("spring.mail.host", smtp().host());
		properties.put("spring.mail.port", Integer.toString(smtp().port()));
		return properties;
	}

	/**
	 * The service's own Kafka user (docs/adr/0050): it writes only its own topics, as in a region. A broker without
	 * security (containers) is told so, since the services default to SASL.
	 */
	static Map<String, String> kafkaCredentials(String service) {
		if (!kafka().secured()) {
			return Map.of("spring.kafka.security.protocol", "PLAINTEXT");
		}
		return Map.of("ejd.kafka.username", service, "ejd.kafka.password", kafka().password(service));
	}

	/** Registers {@link #propertiesFor} with a Spring test context. */
	public static void register(DynamicPropertyRegistry registry, String database) {
		propertiesFor(database).forEach((key, value) -> registry.add(key, () -> value));
	}

	/** Keycloak takes longest; start it beside the others instead of after them. */
	private static void startInParallel(boolean withData) {
		Thread keycloakStart = Thread.ofVirtual().start(RealServers::keycloak);
		if (withData) {
			postgres();
			kafka();
		}
		smtp();
		try {
			keycloakStart.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		keycloak();
	}

	private static synchronized Path workDir() {
		if (workDir == null) {
			workDir = ScratchDirectories.create("ejd-servers-");
		}
		return workDir;
	}
}
