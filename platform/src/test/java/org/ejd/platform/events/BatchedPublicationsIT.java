package org.ejd.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.ejd.testkit.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.EventPublicationRepository.FailedCriteria;
import org.springframework.modulith.events.core.EventSerializer;
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
		dataSource = OutboxDatabase.open("platform_outbox", 4);
		sql = JdbcClient.create(dataSource);
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

	/**
	 * ADR 0095: the retry round asks every few seconds, and completed publications stay for a week (millions of rows in a
	 * region's journal). Modulith's own repository, as its auto-configuration makes it, reads the incomplete ones through
	 * their index; the table's scans are counted by PostgreSQL within the transaction.
	 */
	@Test
	void modulithsReadsOfIncompletePublicationsUseTheirIndexNotTheWholeTable() throws Exception {
		sql.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, completion_date,
				  status, completion_attempts)
				select gen_random_uuid(), ?, ?, repeat('x', 600) || i, now() - interval '1 hour', now(), 'COMPLETED', 1
				  from generate_series(1, 20000) as i""")
			.params(KAFKA.getValue(), MarkPosted.class.getName())
			.update();
		BatchedPublications outbox = outbox(false);
		outbox.create(publication("5"));
		UUID failed = outbox.create(publication("4")).getIdentifier();
		UUID resubmitted = outbox.create(publication("3")).getIdentifier();
		sql.sql("update event_publication set status = 'FAILED' where id = ?").param(failed).update();
		sql.sql("update event_publication set status = 'RESUBMITTED' where id = ?").param(resubmitted).update();
		sql.sql("analyze event_publication").update();
		Instant later = Instant.now().plusSeconds(1);

		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(Class.forName("org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration")))
			.withBean(DataSource.class, () -> new DelegatingDataSource(dataSource)) // the context's close leaves the pool open
			.withBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource))
			.withBean(EventSerializer.class, () -> new StoredEvents(StoredEvents::defaultMapper))
			.run(context -> transaction.executeWithoutResult(status -> {
				// this connection's counts not yet handed to the statistics: the same connection, so only the reads in between
				long[] before = scans();
				EventPublicationRepository modulith = context.getBean(EventPublicationRepository.class);
				assertThat(modulith.countByStatus(Status.RESUBMITTED)).isEqualTo(1);
				assertThat(modulith.findFailedPublications(FailedCriteria.ALL.withPublicationsPublishedBefore(later).withItemsToRead(10)))
					.extracting(TargetEventPublication::getIdentifier).containsExactly(failed);
				assertThat(modulith.findIncompletePublications()).hasSize(3);
				assertThat(modulith.findIncompletePublicationsPublishedBefore(later)).hasSize(3);

				long[] after = scans();
				assertThat(after[0] - before[0]).as("reads of the whole table").isZero();
				assertThat(after[1] - before[1]).as("reads through an index").isEqualTo(4);
			}));
	}

	private static long[] scans() {
		return sql.sql("select seq_scan, idx_scan from pg_stat_xact_user_tables where relname = 'event_publication'")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) }).single();
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
