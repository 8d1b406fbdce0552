package org.ejd.journal.lessons;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

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
			UUID recordedBy, Instant at, boolean onTime, @Nullable String changeReason) {
		Row before = jdbc.sql("select student_id, status, reason, minutes_late, on_time, version from attendance where lesson_id = ? and student_id = ? for update")
			.params(lessonId, studentId).query(Row.class).optional().orElse(null);
		long version = jdbc.sql("""
				insert into attendance (lesson_id, student_id, status, reason, minutes_late, recorded_by, recorded_at, on_time, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, 1)
				on conflict (lesson_id, student_id) do update set status = excluded.status, reason = excluded.reason,
				  minutes_late = excluded.minutes_late, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at,
				  on_time = attendance.on_time, version = attendance.version + 1
				returning version""")
			.params(lessonId, studentId, status.name(), reason, minutesLate, recordedBy, Timestamp.from(at), onTime)
			.query(Long.class).single();
		boolean changed = before == null || !before.status().equals(status.name()) || !java.util.Objects.equals(before.reason(), reason)
				|| !java.util.Objects.equals(before.minutesLate(), minutesLate);
		if (changed) { // J11: every change with the old and the new value, in open periods too
			jdbc.sql("""
					insert into attendance_history (lesson_id, student_id, version, old_status, new_status, old_reason, new_reason,
					  old_minutes_late, new_minutes_late, changed_by, changed_at, change_reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(lessonId, studentId, version, before == null ? null : before.status(), status.name(),
						before == null ? null : before.reason(), reason, before == null ? null : before.minutesLate(), minutesLate,
						recordedBy, Timestamp.from(at), changeReason)
				.update();
		}
		return version;
	}

	/** Every change to the lesson's attendance, oldest first. */
	List<Change> history(UUID lessonId) {
		return jdbc.sql("""
				select student_id, version, old_status, new_status, old_reason, new_reason, old_minutes_late, new_minutes_late,
				  changed_by, changed_at, change_reason from attendance_history where lesson_id = ? order by id""")
			.param(lessonId).query(Change.class).list();
	}

	/** One change of one student's attendance: the old value (null for the first entry) and the new, who, when, why. */
	@Schema(name = "AttendanceChange") // one schema per feature (springdoc names by simple name)
	public record Change(UUID studentId, long version,
			@Schema(allowableValues = { "PRESENT", "ABSENT", "LATE", "ILL", "EXCUSED" }) @Nullable String oldStatus,
			@Schema(allowableValues = { "PRESENT", "ABSENT", "LATE", "ILL", "EXCUSED" }) String newStatus, @Nullable String oldReason,
			@Nullable String newReason, @Nullable Integer oldMinutesLate, @Nullable Integer newMinutesLate, UUID changedBy,
			Instant changedAt, @Nullable String changeReason) {
	}

	List<Row> of(UUID lessonId) {
		return jdbc.sql("select student_id, status, reason, minutes_late, on_time, version from attendance where lesson_id = ? order by student_id")
			.param(lessonId).query(Row.class).list();
	}

	/** Whether attendance was taken: the lesson was held. */
	boolean taken(UUID lessonId) {
		return jdbc.sql("select count(*) from attendance where lesson_id = ?").param(lessonId).query(Integer.class).single() > 0;
	}

	@Schema(name = "AttendanceRow") // not the compliance reports' Row (springdoc names by simple name)
	record Row(UUID studentId,
			@Schema(allowableValues = { "PRESENT", "ABSENT", "LATE", "ILL", "EXCUSED" }) String status, @Nullable String reason, @Nullable Integer minutesLate, boolean onTime, long version) {
	}
}
