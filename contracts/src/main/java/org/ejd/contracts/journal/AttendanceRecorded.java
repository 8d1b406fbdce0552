package org.ejd.contracts.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One student's attendance at one lesson (D2, J5); a higher version replaces a lower one. */
public record AttendanceRecorded(UUID lessonId, UUID studentId, UUID schoolId, UUID classGroupId, UUID subjectId,
		String subjectName, LocalDate date, int periodNo, String status, @Nullable String reason, @Nullable Integer minutesLate,
		Instant recordedAt, boolean onTime) implements JournalEvent {

	public static final String TYPE = "journal.attendance.recorded";

	public static final String TOPIC = "journal.attendance.v1";
}
