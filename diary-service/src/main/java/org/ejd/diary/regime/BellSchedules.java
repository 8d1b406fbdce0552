package org.ejd.diary.regime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.contracts.journal.BellScheduleSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

/**
 * The schools' bell schedules from journal.regime.v1: per shift, versions by effective day; and the shift of each class
 * group. The week view joins them in its own SQL (the version of the class's shift in force on the lesson's day).
 */
@Repository
class BellSchedules {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	BellSchedules(JdbcClient jdbc, ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The class group's shift; a higher version replaces a lower one. */
	void classShift(UUID schoolId, UUID classGroupId, int shift, long version, Instant eventTime) {
		jdbc.sql("""
				insert into class_shift (class_group_id, school_id, shift, version, event_time) values (?, ?, ?, ?, ?)
				on conflict (class_group_id) do update set shift = excluded.shift, version = excluded.version,
				  event_time = excluded.event_time
				where class_shift.version < excluded.version""")
			.params(classGroupId, schoolId, shift, version, Timestamp.from(eventTime)).update();
	}

	void set(UUID schoolId, int shift, LocalDate effectiveFrom, List<BellScheduleSet.Bell> lessons, long version, Instant eventTime) {
		jdbc.sql("""
				insert into bell_schedule (school_id, shift, effective_from, lessons, version, event_time)
				values (?, ?, ?, cast(? as jsonb), ?, ?)
				on conflict (school_id, shift, effective_from) do update set lessons = excluded.lessons, version = excluded.version,
				  event_time = excluded.event_time
				where bell_schedule.version < excluded.version""")
			.params(schoolId, shift, effectiveFrom, json.writeValueAsString(lessons), version, Timestamp.from(eventTime)).update();
	}
}
