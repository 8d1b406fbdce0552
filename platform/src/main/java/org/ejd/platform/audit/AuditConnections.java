package org.ejd.platform.audit;

import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a read's audit row is written while the read's own transaction holds one of the service's connections
 * (docs/adr/0076): a pool of its own, of a few connections to the same database, whose holders never wait for anything
 * else. Written in the service's pool instead, a read inside a transaction would hold one connection and wait for a second:
 * as many such reads at once as the pool has connections, and each would wait for the others until Hikari's timeout
 * (pool locking). Outside any transaction a read's audit takes one connection of the service's pool, as any statement.
 */
public final class AuditConnections implements AutoCloseable {

	/** The pool's name in Hikari's metrics and logs. */
	public static final String POOL_NAME = "read-audit";

	private final @Nullable HikariDataSource own;

	private final JdbcClient ownJdbc;

	private final JdbcTemplate ownTemplate;

	private final TransactionTemplate ownTransaction;

	private final JdbcClient serviceJdbc;

	private final JdbcTemplate serviceTemplate;

	private final TransactionTemplate serviceTransaction;

	/**
	 * A pool of {@code size} connections set up as the service's own Hikari pool (URL, credentials, timeouts, driver
	 * properties, metrics); a service whose data source is not Hikari's writes in its own pool with a new transaction, as
	 * before.
	 */
	public AuditConnections(DataSource service, PlatformTransactionManager serviceTransactions, int size) {
		this.serviceJdbc = JdbcClient.create(service);
		this.serviceTemplate = new JdbcTemplate(service);
		this.serviceTransaction = newTransaction(serviceTransactions);
		this.own = ownPool(service, size);
		DataSource audit = own != null ? own : service;
		this.ownJdbc = own != null ? JdbcClient.create(own) : serviceJdbc;
		this.ownTemplate = own != null ? new JdbcTemplate(own) : serviceTemplate;
		this.ownTransaction = own != null ? newTransaction(new DataSourceTransactionManager(audit)) : serviceTransaction;
	}

	private static @Nullable HikariDataSource ownPool(DataSource service, int size) {
		if (!(service instanceof HikariDataSource hikari)) {
			return null;
		}
		HikariConfig config = new HikariConfig();
		hikari.copyStateTo(config);
		config.setPoolName(POOL_NAME);
		config.setMaximumPoolSize(size);
		config.setMinimumIdle(Math.min(1, size));
		// its own pool starts at its first audit row, as the service's does at its first statement
		HikariDataSource pool = new HikariDataSource();
		config.copyStateTo(pool);
		return pool;
	}

	private static TransactionTemplate newTransaction(PlatformTransactionManager transactions) {
		TransactionTemplate template = new TransactionTemplate(transactions);
		template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return template;
	}

	/**
	 * Runs {@code work} in a transaction of its own, committed when it returns: on this pool's connection when the caller
	 * is inside a transaction (which keeps its own connection), on the service's pool otherwise.
	 */
	public <T> T inOwnTransaction(Function<JdbcClient, T> work) {
		boolean nested = TransactionSynchronizationManager.isActualTransactionActive();
		JdbcClient jdbc = nested ? ownJdbc : serviceJdbc;
		return (nested ? ownTransaction : serviceTransaction).execute(status -> work.apply(jdbc));
	}

	/** As {@link #inOwnTransaction(Function)}, with a {@link JdbcTemplate} (batches). */
	public void inOwnTransactionWithTemplate(Consumer<JdbcTemplate> work) {
		boolean nested = TransactionSynchronizationManager.isActualTransactionActive();
		JdbcTemplate jdbc = nested ? ownTemplate : serviceTemplate;
		(nested ? ownTransaction : serviceTransaction).executeWithoutResult(status -> work.accept(jdbc));
	}

	/**
	 * Runs {@code work} on this pool's connections outside any transaction, whatever the calling thread holds: for a
	 * worker that holds no connection of the service's and answers readers who may hold one (the diary's batched access
	 * decisions, ADR 0089). Each statement is its own transaction when the pool commits automatically, as Hikari's does
	 * unless set otherwise; otherwise {@code work} runs in a transaction of its own.
	 */
	public <T> T onOwnConnection(Function<JdbcClient, T> work) {
		if (own != null && own.isAutoCommit()) {
			return work.apply(ownJdbc);
		}
		return ownTransaction.execute(status -> work.apply(ownJdbc));
	}

	@Override
	public void close() {
		if (own != null) {
			own.close();
		}
	}
}
