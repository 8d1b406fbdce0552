package org.ejd.diary.status;

import java.sql.Timestamp;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * At start, the diary's freshness resumes from the newest mark it holds (its event time, indexed since V30), so the
 * public status and {@code ejd.diary.event.newest.age} say how old the diary's data is right after a restart instead of
 * nothing until the next event (ADR 0047). Marks stand for all the journal's streams: they are by far the most
 * frequent, and the one read model whose event time is indexed; a quieter stream's newer event only makes the figure
 * older than it is, never younger.
 */
@Component
class FreshnessAfterRestart {

	private final JdbcClient jdbc;

	private final EventFreshness freshness;

	FreshnessAfterRestart(JdbcClient jdbc, EventFreshness freshness) {
		this.jdbc = jdbc;
		this.freshness = freshness;
	}

	@EventListener(ApplicationReadyEvent.class)
	void resume() {
		// no row while the diary holds no mark: then there is nothing to resume from
		jdbc.sql("select event_time from diary_mark where event_time is not null order by event_time desc limit 1")
			.query(Timestamp.class).list().forEach(newest -> freshness.resumeFrom(newest.toInstant()));
	}
}
