package org.ejd.platform.idempotency;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Marks a request's idempotency record done inside the transaction that commits its work, just before the commit:
 * the work and the mark are committed together or not at all (ADR 0075). Without it, a database killed between the
 * work's commit and the stored answer left a record that looked abandoned, and the retry made the work a second time
 * (the fault suite found a mark made twice). Spring Boot adds every {@link TransactionExecutionListener} bean to the
 * transaction manager it configures; the request's caller and key travel on the request's thread.
 */
public final class WorkCommitted implements TransactionExecutionListener {

	private static final ThreadLocal<Claim> CURRENT = new ThreadLocal<>();

	private final JdbcClient jdbc;

	public WorkCommitted(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The request's key, for the transactions of its thread until closed. */
	static Claim claim(String caller, String key) {
		Claim claim = new Claim(caller, key);
		CURRENT.set(claim);
		return claim;
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		Claim claim = CURRENT.get();
		// a read-only transaction changed nothing (and PostgreSQL would refuse the update in it)
		if (claim == null || claim.marked || transaction.isReadOnly() || transaction.isRollbackOnly()) {
			return;
		}
		// same data source, same thread: the statement joins the transaction about to commit
		jdbc.sql("update idempotency_record set work_committed = true where caller = ? and idempotency_key = ?")
			.params(claim.caller, claim.key).update();
		claim.marked = true;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		Claim claim = CURRENT.get();
		if (claim != null && commitFailure != null) {
			claim.marked = false; // rolled back with its work: a later transaction of the request marks it again
		}
	}

	/** One request's caller and key; {@link #close()} ends it on the thread. */
	static final class Claim implements AutoCloseable {

		private final String caller;

		private final String key;

		private boolean marked;

		private Claim(String caller, String key) {
			this.caller = caller;
			this.key = key;
		}

		@Override
		public void close() {
			if (CURRENT.get() == this) {
				CURRENT.remove();
			}
		}
	}
}
