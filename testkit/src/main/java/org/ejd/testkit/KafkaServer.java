package org.ejd.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) from the Maven-delivered
 * {@code kafka_2.13} jar, run as a child JVM so that a test can freeze it ({@link #pause()}) to
 * prove that nothing is lost while Kafka is unreachable.
 * <p>
 * Secured as a region's broker is (docs/adr/0050): clients authenticate with SASL/SCRAM-SHA-512, one user per service,
 * and the ACLs of {@link KafkaAcls} let each write only its own topics; nobody else gets in. Tests' own admin and probe
 * clients are the super user ({@link #superUserProperties()}); a service gets its own ({@link #clientProperties}).
 */
public final class KafkaServer implements AutoCloseable {

	private final String bootstrapServers;

	private final Runnable pause;

	private final Runnable resume;

	private final AutoCloseable stop;

	/** The embedded broker's process, replaced by {@link #restart}; null for a container. */
	private volatile ChildProcess child;

	/** The password of each user (the super user and one per service); empty for a broker without security. */
	private final Map<String, String> passwords;

	KafkaServer(String bootstrapServers, Runnable pause, Runnable resume, AutoCloseable stop) {
		this(bootstrapServers, pause, resume, stop, Map.of());
	}

	KafkaServer(String bootstrapServers, Runnable pause, Runnable resume, AutoCloseable stop, Map<String, String> passwords) {
		this.bootstrapServers = bootstrapServers;
		this.pause = pause;
		this.resume = resume;
		this.stop = stop;
		this.passwords = Map.copyOf(passwords);
	}

	static KafkaServer start(Path workDir) {
		return Infra.current() == Infra.CONTAINERS ? Containers.kafka() : embedded(workDir);
	}

	private static KafkaServer embedded(Path workDir) {
		int port = FreePorts.next();
		int controllerPort = FreePorts.next();
		Map<String, String> passwords = new java.util.LinkedHashMap<>();
		passwords.put(KafkaAcls.SUPER_USER, KeycloakServer.randomSecret());
		KafkaAcls.services().forEach(service -> passwords.put(service, KeycloakServer.randomSecret()));
		String admin = KafkaAcls.SUPER_USER;
		String adminPassword = passwords.get(admin);
		try {
			Files.createDirectories(workDir);
			Path config = workDir.resolve("server.properties");
			Files.writeString(config, String.join("\n",
					"process.roles=broker,controller",
					"node.id=1",
					"controller.quorum.voters=1@localhost:" + controllerPort,
					"listeners=SASL_PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
					"advertised.listeners=SASL_PLAINTEXT://localhost:" + port,
					"controller.listener.names=CONTROLLER",
					"inter.broker.listener.name=SASL_PLAINTEXT",
					"listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
					// clients: SCRAM, users in the cluster metadata (the super user from the format, services' from the Admin API)
					"sasl.enabled.mechanisms=SCRAM-SHA-512",
					"sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
					"listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + scramJaas(admin, adminPassword),
					// the controller listener cannot use SCRAM (its credentials live in the metadata it serves): PLAIN
					"sasl.mechanism.controller.protocol=PLAIN",
					"listener.name.controller.sasl.enabled.mechanisms=PLAIN",
					"listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
							+ " required username=\"" + admin + "\" password=\"" + adminPassword + "\" user_" + admin + "=\""
							+ adminPassword + "\";",
					"authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
					"super.users=User:" + admin,
					"allow.everyone.if.no.acl.found=false",
					"log.dirs=" + workDir.resolve("data"),
					"num.partitions=3",
					"offsets.topic.replication.factor=1",
					"offsets.topic.num.partitions=5",
					"transaction.state.log.replication.factor=1",
					"transaction.state.log.min.isr=1",
					"share.coordinator.state.topic.replication.factor=1",
					"share.coordinator.state.topic.min.isr=1",
					"group.initial.rebalance.delay.ms=0",
					"auto.create.topics.enable=true",
					"log.flush.interval.messages=100000",
					// the log cleaner (compacted topics: offsets, change feeds) takes its key map on the heap at start, 128 MB
					// by default: 167 of the broker's 185 MB live heap were byte arrays (ADR 0069); 16 MB map ~700,000
					// keys per pass, far more than a test's or the local stack's compacted topics hold
					"log.cleaner.dedupe.buffer.size=16777216",
					""));
			Path logback = workDir.resolve("logback.xml");
			Files.writeString(logback, """
					<configuration>
					  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
					    <encoder><pattern>%d %-5level [%logger{20}] %msg%n</pattern></encoder>
					  </appender>
					  <root level="WARN"><appender-ref ref="OUT"/></root>
					</configuration>
					""");
			List<String> java = javaCommand(logback);
			List<String> format = new ArrayList<>(java);
			format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
					config.toString(), "--ignore-formatted", "--add-scram",
					KafkaAcls.MECHANISM + "=[name=" + admin + ",password=" + adminPassword + "]"));
			ChildProcess.run("kafka-format", format, workDir, Duration.ofSeconds(60));
			List<String> server = new ArrayList<>(java);
			server.addAll(List.of("kafka.Kafka", config.toString()));
			ChildProcess process = ChildProcess.start("kafka", server, workDir, ServerJvm.current().kafkaEnvironment());
			KafkaServer kafka = new KafkaServer("localhost:" + port, process::pause, process::resume, process, passwords);
			kafka.child = process;
			process.awaitReady(Duration.ofSeconds(90), kafka::answers);
			kafka.grantServices();
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare Kafka in " + workDir, ex);
		}
	}

	private static List<String> javaCommand(Path logback) {
		List<String> command = new ArrayList<>();
		command.add(ChildProcess.javaBinary());
		command.addAll(ServerJvm.current().kafkaOptions()); // tests: C1 only; the local stack and perf run: production
		command.addAll(List.of("-Dlogback.configurationFile=" + logback, "-cp", System.getProperty("java.class.path")));
		return command;
	}

	public String bootstrapServers() {
		return bootstrapServers;
	}

	/**
	 * What a Kafka client of the given user needs beside {@link #bootstrapServers()}: security protocol, mechanism and
	 * JAAS line, as client properties ({@code security.protocol}, {@code sasl.mechanism}, {@code sasl.jaas.config}).
	 * @param user a service as the catalogue names it ({@code journal-service}) or {@link KafkaAcls#SUPER_USER}
	 */
	public Map<String, String> clientProperties(String user) {
		if (passwords.isEmpty()) {
			return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
		}
		String password = passwords.get(user);
		if (password == null) {
			throw new IllegalArgumentException("no Kafka user " + user + "; contracts/topics.json names " + passwords.keySet());
		}
		return Map.of(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT", SaslConfigs.SASL_MECHANISM,
				KafkaAcls.MECHANISM, SaslConfigs.SASL_JAAS_CONFIG, scramJaas(user, password));
	}

	/** The super user's client properties, with the bootstrap servers: for tests' admin, probe and forging clients. */
	public Map<String, String> superUserProperties() {
		Map<String, String> properties = new java.util.HashMap<>(clientProperties(KafkaAcls.SUPER_USER));
		properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
		return properties;
	}

	/** The password of a service's Kafka user on this broker, e.g. for {@code ejd.kafka.password}. */
	public String password(String user) {
		String password = passwords.get(user);
		if (password == null) {
			throw new IllegalArgumentException("no Kafka user " + user + " on this broker");
		}
		return password;
	}

	/** Whether clients must authenticate (the embedded broker); a container broker of {@code -Dtest.infra=containers} is open. */
	public boolean secured() {
		return !passwords.isEmpty();
	}

	static String scramJaas(String user, String password) {
		return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
				+ password + "\";";
	}

	/** One SCRAM user per service and the ACLs of {@link KafkaAcls}, through the Admin API as the super user. */
	private void grantServices() {
		Properties properties = new Properties();
		properties.putAll(superUserProperties());
		try (Admin admin = Admin.create(properties)) {
			List<UserScramCredentialUpsertion> users = KafkaAcls.services().stream()
				.map(service -> new UserScramCredentialUpsertion(service,
						new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), passwords.get(service)))
				.toList();
			admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
			admin.createAcls(KafkaAcls.bindings()).all().get(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot create the Kafka users and ACLs", ex);
		}
	}

	/** Freezes the broker: producers and consumers time out as with a hung or unreachable Kafka. */
	public void pause() {
		if (child != null) {
			child.pause();
			return;
		}
		pause.run();
	}

	public void resume() {
		if (child != null) {
			child.resume();
			return;
		}
		resume.run();
	}

	/** Kills the broker with SIGKILL, as a crash would: no controlled shutdown, no flush. Embedded broker only. */
	public void kill() {
		embeddedChild().kill();
	}

	/** Starts the broker {@link #kill} killed, on the same ports and log directory (it recovers its logs), and waits for it. */
	public void restart() {
		ChildProcess restarted = embeddedChild().restart();
		child = restarted;
		restarted.awaitReady(Duration.ofSeconds(90), this::answers);
	}

	private ChildProcess embeddedChild() {
		if (child == null) {
			throw new IllegalStateException("kill() and restart() need the embedded broker, not a container");
		}
		return child;
	}

	private boolean answers() {
		Properties properties = new Properties();
		properties.putAll(superUserProperties());
		properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
		properties.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
		try (Admin admin = Admin.create(properties)) {
			admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
			return true;
		}
		catch (Exception ex) {
			return false;
		}
	}

	@Override
	public void close() {
		try {
			(child != null ? child : stop).close();
		}
		catch (Exception ex) {
			// the JVM is going down
		}
	}
}
