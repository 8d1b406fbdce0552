package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * ADR 0112: the outbox's registry, as the platform's auto-configuration puts it in place of Modulith's, against the
 * real PostgreSQL server from testkit. A pool of two connections that wait a quarter of a second for one: the marks
 * before and after a send are made while the test holds both.
 */
class OutboxRegistryIT {

	private static final PublicationTargetIdentifier KAFKA = PublicationTargetIdentifier
		.of("org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)");

	private static HikariDataSource pool;

	private static JdbcClient sql;

	record MarkPosted(UUID markId, String value) {
	}

	@BeforeAll
	static void database() throws Exception {
		pool = OutboxDatabase.open("platform_registry", 2);
		pool.setConnectionTimeout(250);
		sql = JdbcClient.create(pool);
	}

	@AfterAll
	static void close() {
		pool.close();
	}

	@BeforeEach
	void empty() {
		sql.sql("delete from event_publication").update();
	}

	private final ApplicationContextRunner service = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
				TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, EventContractsAutoConfiguration.class,
				OutboxAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(modulith("config.EventPublicationAutoConfiguration"),
				modulith("jdbc.JdbcEventPublicationAutoConfiguration")))
		.withBean(DataSource.class, () -> new DelegatingDataSource(pool)); // the context's close leaves the pool open

	@Test
	void theServiceHasOneRegistryOfPublicationsAndItIsTheOutboxs() {
		service.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(EventPublicationRegistry.class)).hasSize(1)
				.containsKey(OutboxRegistry.BEAN_NAME)
				.allSatisfy((name, registry) -> assertThat(registry).isInstanceOf(OutboxRegistry.class));
			assertThat(context.getBean(CompletedEventPublications.class))
				.isSameAs(context.getBean(EventPublicationRegistry.class));
		});
	}

	@Test
	void aSentEventIsMarkedBeingSentAndCompletedWhileEveryPooledConnectionIsTaken() {
		service.run(context -> {
			EventPublicationRegistry registry = context.getBean(EventPublicationRegistry.class);
			MarkPosted event = new MarkPosted(UUID.randomUUID(), "5");
			registry.store(event, Stream.of(KAFKA));

			List<Connection> taken = new ArrayList<>();
			try {
				taken.add(pool.getConnection());
				taken.add(pool.getConnection());

				assertThatCode(() -> {
					registry.markProcessing(event, KAFKA);
					registry.markCompleted(event, KAFKA);
				}).as("neither mark waits for a connection of its own").doesNotThrowAnyException();
			}
			finally {
				for (Connection connection : taken) {
					connection.close();
				}
			}

			Eventually.until(() -> status(event), "COMPLETED"::equals, Duration.ofSeconds(10));
			assertThat(registry.findIncompletePublications()).extracting(TargetEventPublication::getEvent).doesNotContain(event);
		});
	}

	@Test
	void aPublicationTheRegistryDoesNotHoldInProgressIsMarkedCompletedByModulithsRepository() {
		service.run(context -> {
			// stored as after a restart: in the table, not in this registry's publications in progress
			MarkPosted event = new MarkPosted(UUID.randomUUID(), "4");
			context.getBean(EventPublicationRepository.class).create(TargetEventPublication.of(event, KAFKA));
			assertThat(status(event)).isEqualTo("PUBLISHED");

			context.getBean(EventPublicationRegistry.class).markCompleted(event, KAFKA);

			assertThat(status(event)).as("written at once, in autocommit, without the completions' writer").isEqualTo("COMPLETED");
		});
	}

	/** Modulith's auto-configurations are not public. */
	private static Class<?> modulith(String name) {
		try {
			return Class.forName("org.springframework.modulith.events." + name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String status(MarkPosted event) {
		return sql.sql("select status from event_publication where serialized_event like ?")
			.param("%" + event.markId() + "%")
			.query(String.class)
			.optional()
			.orElse("none");
	}
}
