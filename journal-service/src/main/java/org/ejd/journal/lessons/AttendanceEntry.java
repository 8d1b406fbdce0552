package org.ejd.journal.lessons;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One student's attendance at a lesson as the teacher enters it; {@code minutesLate} only for a late arrival. */
record AttendanceEntry(UUID studentId, AttendanceStatus status, @Nullable String reason, @Nullable Integer minutesLate) {
}
