package org.ejd.notification.recipients;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The weekday a school chose for weekly digests; a recipient's own choice wins over it, the configured default follows it. */
@Repository
public class SchoolDigestDays {

	private final JdbcClient jdbc;

	SchoolDigestDays(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DayOfWeek> weeklyOn(UUID schoolId) {
		return jdbc.sql("select weekly_on from school_digest where school_id = ?").param(schoolId).query(String.class).optional()
			.map(DayOfWeek::valueOf);
	}

	public void set(UUID schoolId, DayOfWeek day, Instant at) {
		jdbc.sql("""
				insert into school_digest (school_id, weekly_on, changed_at) values (?, ?, ?)
				on conflict (school_id) do update set weekly_on = excluded.weekly_on, changed_at = excluded.changed_at""")
			.params(schoolId, day.name(), Timestamp.from(at)).update();
	}
}
