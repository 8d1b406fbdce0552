package org.ejd.diary.changes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.time.SchoolTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prunes the change log (ADR 0041): every row logged before now minus the retention, up to the last such position in
 * feed order, is deleted, and that position is remembered. A cursor behind it may have lost changes: it answers 410 Gone
 * and the client starts again from a snapshot. Replicas may prune at the same time: the delete and the position's
 * {@code greatest} are idempotent.
 */
@Service
@EnableScheduling
class PruningChangeLog {

	private static final Logger log = LoggerFactory.getLogger(PruningChangeLog.class);

	private final JdbcClient jdbc;

	private final SchoolTime time;

	private final ChangeLogSettings settings;

	private final TransactionTemplate transaction;

	PruningChangeLog(JdbcClient jdbc, SchoolTime time, ChangeLogSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.time = time;
		this.settings = settings;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(fixedDelayString = "${ejd.diary.changes.prune-every:PT1H}", initialDelayString = "${ejd.diary.changes.prune-every:PT1H}")
	void run() {
		// the delete and the remembered position in one transaction: no reader sees rows gone without the 410
		transaction.executeWithoutResult(status -> prune());
	}

	/** Prunes what is older than the retention; the number of log rows deleted. */
	private int prune() {
		Instant cutoff = time.now().minus(settings.keep());
		// only below the served horizon: a row of a transaction still running is never pruned under a reader;
		// f.tx qualified, as a bare tx in the order by would name the text column and sort 99 after 100
		Optional<Position> last = jdbc.sql("""
				select cast(f.tx as text) as tx, f.seq from feed_change f
				where f.logged_at < ? and f.tx < pg_snapshot_xmin(pg_current_snapshot())
				order by f.tx desc, f.seq desc limit 1""")
			.param(Timestamp.from(cutoff)).query(Position.class).optional();
		if (last.isEmpty()) {
			return 0;
		}
		Position position = last.get();
		int deleted = jdbc.sql("delete from feed_change where (tx, seq) <= (cast(? as xid8), ?)")
			.params(position.tx(), position.seq()).update();
		jdbc.sql("""
				insert into feed_pruned (singleton, tx, seq, pruned_at) values (true, cast(? as xid8), ?, ?)
				on conflict (singleton) do update set
				  tx = case when (excluded.tx, excluded.seq) > (feed_pruned.tx, feed_pruned.seq) then excluded.tx else feed_pruned.tx end,
				  seq = case when (excluded.tx, excluded.seq) > (feed_pruned.tx, feed_pruned.seq) then excluded.seq else feed_pruned.seq end,
				  pruned_at = excluded.pruned_at""")
			.params(position.tx(), position.seq(), Timestamp.from(time.now())).update();
		log.info("Change log pruned: {} rows logged before {}", deleted, cutoff);
		return deleted;
	}

	/** Refuses (410) a cursor whose position lies behind the pruned one: changes it still needed may be gone. */
	void requireKept(FeedCursor cursor) {
		jdbc.sql("select cast(tx as text) as tx, seq from feed_pruned").query(Position.class).optional().ifPresent(pruned -> {
			long tx = Long.parseLong(pruned.tx());
			if (cursor.tx() < tx || (cursor.tx() == tx && cursor.seq() < pruned.seq())) {
				throw Refusal.noLongerValid("diary.changes.cursor-expired", settings.keep().toDays());
			}
		});
	}

	private record Position(String tx, long seq) {
	}
}
