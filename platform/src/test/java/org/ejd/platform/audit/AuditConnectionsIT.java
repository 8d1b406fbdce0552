package org.ejd.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;

import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.testkit.PostgresServer;
import org.ejd.testkit.RealServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read audited inside its use case's transaction writes its row on a connection of the audit's own pool, never on a
 * second one of the pool its read holds (docs/adr/0076), against the real PostgreSQL server from testkit.
 */
class AuditConnectionsIT {

	private static final Caller GUARDIAN = new Caller("guardian", UUID.randomUUID(), Set.of(), Set.of(), Set.of(Role.GUARDIAN),
			"ejd-web");

	private static HikariDataSource service;

	private static DataSourceTransactionManager transactions;

	private static AuditConnections connections;

	private static PersistentPersonalDataAudit audit;

	@BeforeAll
	static void database() throws Exception {
		PostgresServer postgres = RealServers.postgres();
		service = new HikariDataSource();
		service.setJdbcUrl(postgres.jdbcUrl("platform_audit"));
		service.setUsername(postgres.username());
		service.setPassword(postgres.password());
		// a pool as small as a service's can get: every connection held by a read inside its transaction
		service.setMaximumPoolSize(2);
		service.setConnectionTimeout(3_000);
		String table = new ClassPathResource("db/platform/R__read_audit.sql").getContentAsString(StandardCharsets.UTF_8);
		JdbcClient.create(service).sql(table).update();
		transactions = new DataSourceTransactionManager(service);
		connections = new AuditConnections(service, transactions, 2);
		audit = new PersistentPersonalDataAudit(connections, new SchoolTime(Clock.systemUTC(), school -> Optional.empty(),
				ZoneId.of("Europe/Moscow")));
	}

	@AfterAll
	static void close() {
		connections.close();
		service.close();
	}

	@Test
	void readsInsideTheirTransactionsAreAuditedWhileTheyHoldEveryConnectionOfTheServicesPool() throws Exception {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		// the two reads that hold the pool's two connections meet here, so each audits while the other holds its own
		CyclicBarrier bothHolding = new CyclicBarrier(2);
		List<UUID> students = new ArrayList<>();
		List<Future<?>> reads = new ArrayList<>();
		try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int i = 0; i < 6; i++) {
				UUID student = UUID.randomUUID();
				students.add(student);
				reads.add(threads.submit(() -> readOnly.executeWithoutResult(status -> {
					JdbcClient.create(service).sql("select 1").query(Integer.class).single();
					await(bothHolding);
					audit.read(GUARDIAN, student, "marks");
				})));
			}
			for (Future<?> read : reads) {
				read.get(30, TimeUnit.SECONDS);
			}
		}

		assertThat(auditedReadsOf(students)).isEqualTo(6);
		assertThat(service.getHikariPoolMXBean().getTotalConnections()).isEqualTo(2);
	}

	@Test
	void aReadWhoseTransactionRollsBackStaysAudited() {
		UUID student = UUID.randomUUID();
		TransactionTemplate readWrite = new TransactionTemplate(transactions);
		readWrite.executeWithoutResult(status -> {
			audit.read(GUARDIAN, student, "week");
			status.setRollbackOnly();
		});

		assertThat(auditedReadsOf(List.of(student))).isEqualTo(1);
	}

	@Test
	void aReadOutsideAnyTransactionIsAuditedOnceForEachStudentWithItsReaderRolesAndClient() {
		UUID student = UUID.randomUUID();
		audit.readAll(GUARDIAN, List.of(student, student), "grades");

		assertThat(auditedReadsOf(List.of(student))).isEqualTo(1);
		assertThat(JdbcClient.create(service).sql("select reader, roles, client_id from read_audit where student_id = ?")
			.param(student).query().singleRow()).containsEntry("reader", GUARDIAN.personId().toString())
			.containsEntry("roles", "guardian").containsEntry("client_id", "ejd-web");
	}

	private static int auditedReadsOf(List<UUID> students) {
		return JdbcClient.create(service).sql("select count(*) from read_audit where student_id::text = any(string_to_array(?, ','))")
			.param(String.join(",", students.stream().map(UUID::toString).toList())).query(Integer.class).single();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("the other read never held its connection", ex);
		}
	}
}
