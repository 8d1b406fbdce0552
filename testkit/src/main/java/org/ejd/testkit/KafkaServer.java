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

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker (KRaft, combined broker and controller) from the Maven-delivered
 * {@code kafka_2.13} jar, run as a child JVM so that a test can freeze it ({@link #pause()}) to
 * prove that nothing is lost while Kafka is unreachable.
 */
public final class KafkaServer implements AutoCloseable {

	private final String bootstrapServers;

	private final Runnable pause;

	private final Runnable resume;

	private final AutoCloseable stop;

	/** The embedded broker's process, replaced by {@link #restart}; null for a container. */
	private volatile ChildProcess child;

	KafkaServer(String bootstrapServers, Runnable pause, Runnable resume, AutoCloseable stop) {
		this.bootstrapServers = bootstrapServers;
		this.pause = pause;
		this.resume = resume;
		this.stop = stop;
	}

	static KafkaServer start(Path workDir) {
		return Infra.current() == Infra.CONTAINERS ? Containers.kafka() : embedded(workDir);
	}

	private static KafkaServer embedded(Path workDir) {
		int port = FreePorts.next();
		int controllerPort = FreePorts.next();
		try {
			Files.createDirectories(workDir);
			Path config = workDir.resolve("server.properties");
			Files.writeString(config, String.join("\n",
					"process.roles=broker,controller",
					"node.id=1",
					"controller.quorum.voters=1@localhost:" + controllerPort,
					"listeners=PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort,
					"advertised.listeners=PLAINTEXT://localhost:" + port,
					"controller.listener.names=CONTROLLER",
					"inter.broker.listener.name=PLAINTEXT",
					"listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
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
					config.toString(), "--ignore-formatted"));
			ChildProcess.run("kafka-format", format, workDir, Duration.ofSeconds(60));
			List<String> server = new ArrayList<>(java);
			server.addAll(List.of("kafka.Kafka", config.toString()));
			ChildProcess process = ChildProcess.start("kafka", server, workDir, Map.of());
			KafkaServer kafka = new KafkaServer("localhost:" + port, process::pause, process::resume, process);
			kafka.child = process;
			process.awaitReady(Duration.ofSeconds(90), kafka::answers);
			return kafka;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot prepare Kafka in " + workDir, ex);
		}
	}

	private static List<String> javaCommand(Path logback) {
		return new ArrayList<>(List.of(ChildProcess.javaBinary(), "-Xmx512m", "-Xms128m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Dlogback.configurationFile=" + logback, "-cp",
				System.getProperty("java.class.path")));
	}

	public String bootstrapServers() {
		return bootstrapServers;
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
		properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
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
