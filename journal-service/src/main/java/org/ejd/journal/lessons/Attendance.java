package org.ejd.journal.lessons;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attendance at lessons in journal's database: one versioned row per lesson and student. */
@Repository
class Attendance {

	private final JdbcClient jdbc;

	Attendance(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Upserts one student's attendance at a lesson; returns the row's new version. The first entry's on-time flag stays. */
	long record(UUID lessonId, UUID studentId, AttendanceStatus status, @Nullable String reason, @Nullable Integer minutesLate,
			UUID recordedBy, Instant at, boolean onTime) {
		return jdbc.sql("""
				insert into attendance (lesson_id, student_id, status, reason, minutes_late, recorded_by, recorded_at, on_time, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 1)
				on conflict (lesson_id, student_id) do update set status = excluded.status, reason = excluded.reason,
				  minutes_late = excluded.minutes_late, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
				  on_time = attendance.on_time, version = attendance.version + 1
				returning version""")
			.params(lessonId, studentId, status.name(), reason, minutesLate, recordedBy, Timestamp.from(at), onTime)
			.query(Long.class).single();
	}

	List<Row> of(UUID lessonId) {
		return jdbc.sql("select student_id, status, reason, minutes_late, on_time, version from attendance where lesson_id = ? order by student_id")
			.param(lessonId).query(Row.class).list();
	}

	/** Whether attendance was taken: the lesson was held. */
	boolean taken(UUID lessonId) {
		return jdbc.sql("select count(*) from attendance where lesson_id = ?").param(lessonId).query(Integer.class).single() > 0;
	}

	record Row(UUID studentId, String status, @Nullable String reason, @Nullable Integer minutesLate, boolean onTime, long version) {
	}
}
