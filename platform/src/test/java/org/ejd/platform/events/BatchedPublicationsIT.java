package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.ejd.testkit.Eventually;
import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox's rows in batches (docs/adr/0077) against the real PostgreSQL server from testkit and the platform's own
 * {@code event_publication} table. Modulith's repository behind it fails every call, so each test also proves that
 * these three steps never reach it.
 */
class BatchedPublicationsIT {

	private static final PublicationTargetIdentifier KAFKA = PublicationTargetIdentifier
		.of("org.springframework.modulith.events.support.DelegatingEventExternalizer.externalize(java.lang.Object)");

	private static HikariDataSource dataSource;

	private static JdbcClient sql;

	private static TransactionTemplate transaction;

	private final List<BatchedPublications> opened = new ArrayList<>();

	record MarkPosted(UUID markId, String value) {
	}

	@BeforeAll
	static void database() throws Exception {
		PostgresServer postgres = RealServers.postgres();
		dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl("platform_outbox"));
		dataSource.setUsername(postgres.username());
		dataSource.setPassword(postgres.password());
		dataSource.setMaximumPoolSize(4);
		sql = JdbcClient.create(dataSource);
		sql.sql(new ClassPathResource("db/platform/V0_1__event_publication.sql").getContentAsString(StandardCharsets.UTF_8))
			.update();
		transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	@AfterAll
	static void close() {
		dataSource.close();
	}

	@BeforeEach
	void empty() {
		sql.sql("delete from event_publication").update();
	}

	@org.junit.jupiter.api.AfterEach
	void closeOpened() {
		opened.forEach(BatchedPublications::close);
	}

	@Test
	void theEventsOfATransactionAreInsertedTogetherJustBeforeItCommits() {
		BatchedPublications outbox = outbox(false);
		List<Integer> seenInside = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 25; i++) {
				outbox.create(publication(String.valueOf(i % 5 + 1)));
			}
			seenInside.add(count("true"));
		});

		assertThat(seenInside).as("no row before the commit: they are written as one batch").containsExactly(0);
		assertThat(count("status = 'PUBLISHED' and completion_date is null and listener_id = '" + KAFKA.getValue() + "'"))
			.isEqualTo(25);
		assertThat(sql.sql("select serialized_event from event_publication where event_type = ?")
			.param(MarkPosted.class.getName()).query(String.class).list())
			.hasSize(25)
			.allSatisfy(json -> assertThat(json).contains("\"markId\"").contains("\"value\""));
	}

	@Test
	void aTransactionThatRollsBackLeavesNoRow() {
		BatchedPublications outbox = outbox(false);
		transaction.executeWithoutResult(status -> {
			outbox.create(publication("5"));
			status.setRollbackOnly();
		});

		assertThat(count("true")).isZero();
	}

	@Test
	void anEventPublishedOutsideATransactionIsInsertedAtOnce() {
		BatchedPublications outbox = outbox(false);
		outbox.create(publication("4"));

		assertThat(count("status = 'PUBLISHED'")).isEqualTo(1);
	}

	@Test
	void aPublicationBeingSentKeepsItsStatusWithoutAWrite() {
		BatchedPublications outbox = outbox(false);
		TargetEventPublication publication = outbox.create(publication("3"));
		outbox.markProcessing(publication.getIdentifier());

		assertThat(count("status = 'PUBLISHED'")).isEqualTo(1);
	}

	@Test
	void completionsHandedOverFromManyThreadsAreAllWritten() throws Exception {
		BatchedPublications outbox = outbox(false);
		List<TargetEventPublication> sent = publishTwoHundred(outbox);

		completeFromEightThreads(outbox, sent);

		Eventually.until(() -> count("status = 'COMPLETED' and completion_date is not null"), n -> n == 200, Duration.ofSeconds(10));
		assertThat(outbox.completionsWaiting()).isZero();
	}

	@Test
	void completionsStillWaitingAtCloseAreWrittenBeforeTheServiceStops() throws Exception {
		BatchedPublications outbox = outbox(false);
		List<TargetEventPublication> sent = publishTwoHundred(outbox);
		completeFromEightThreads(outbox, sent);

		outbox.close();

		assertThat(count("status = 'COMPLETED'")).isEqualTo(200);
		// after close a completion is written by its caller
		TargetEventPublication late = outbox.create(publication("2"));
		outbox.markCompleted(late, Instant.now());
		assertThat(count("status = 'COMPLETED'")).isEqualTo(201);
	}

	@Test
	void inDeleteModeACompletedPublicationIsDeleted() throws Exception {
		BatchedPublications outbox = outbox(true);
		List<TargetEventPublication> sent = publishTwoHundred(outbox);

		completeFromEightThreads(outbox, sent.subList(0, 150));

		Eventually.until(() -> count("true"), n -> n == 50, Duration.ofSeconds(10));
		assertThat(count("status = 'PUBLISHED'")).isEqualTo(50);
	}

	private List<TargetEventPublication> publishTwoHundred(BatchedPublications outbox) {
		List<TargetEventPublication> sent = new ArrayList<>();
		transaction.executeWithoutResult(status -> {
			for (int i = 0; i < 200; i++) {
				sent.add(outbox.create(publication("5")));
			}
		});
		return sent;
	}

	private static void completeFromEightThreads(BatchedPublications outbox, List<TargetEventPublication> sent)
			throws InterruptedException {
		try (ExecutorService callbacks = Executors.newFixedThreadPool(8)) {
			for (TargetEventPublication publication : sent) {
				callbacks.execute(() -> outbox.markCompleted(publication, Instant.now()));
			}
			callbacks.shutdown();
			assertThat(callbacks.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
	}

	private BatchedPublications outbox(boolean deleteCompleted) {
		EventPublicationRepository modulith = (EventPublicationRepository) Proxy.newProxyInstance(
				getClass().getClassLoader(), new Class<?>[] { EventPublicationRepository.class }, (proxy, method, args) -> {
					throw new AssertionError("Modulith's repository was asked to " + method.getName());
				});
		BatchedPublications outbox = new BatchedPublications(modulith, new JdbcTemplate(dataSource),
				new StoredEvents(StoredEvents::defaultMapper), deleteCompleted);
		opened.add(outbox);
		return outbox;
	}

	private static TargetEventPublication publication(String value) {
		return TargetEventPublication.of(new MarkPosted(UUID.randomUUID(), value), KAFKA,
				Instant.now().truncatedTo(ChronoUnit.MICROS));
	}

	private static int count(String where) {
		return sql.sql("select count(*) from event_publication where " + where).query(Integer.class).single();
	}
}
