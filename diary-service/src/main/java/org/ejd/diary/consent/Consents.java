package org.ejd.diary.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether a student's data may be processed (C1), by the latest consent record by version. While it is refused the diary
 * keeps the data and shows none of it electronically: the family gets paper statements instead.
 */
@Repository
public class Consents {

	private final JdbcClient jdbc;

	Consents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID personId, String status, boolean processingAllowed, Instant since, long version, Instant eventTime) {
		jdbc.sql("""
				insert into consent_state (person_id, status, processing_allowed, since, version, event_time) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id) do update set status = excluded.status, processing_allowed = excluded.processing_allowed,
				  since = excluded.since, version = excluded.version, event_time = excluded.event_time
				where consent_state.version < excluded.version""")
			.params(personId, status, processingAllowed, Timestamp.from(since), version, Timestamp.from(eventTime)).update();
	}

	/** True while the latest record refuses processing; no record yet means allowed (nothing to refuse on). */
	public boolean refused(UUID studentId) {
		return jdbc.sql("select not processing_allowed from consent_state where person_id = ?").param(studentId)
			.query(Boolean.class).optional().orElse(false);
	}

	/** Refuses an electronic read of the student's data while processing is refused (403 with the reason, C1, C2). */
	public void requireProcessingAllowed(UUID studentId) {
		if (refused(studentId)) {
			throw Refusal.notAllowed("diary.consent.refused");
		}
	}
}
