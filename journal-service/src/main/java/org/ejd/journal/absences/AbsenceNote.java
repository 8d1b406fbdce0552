package org.ejd.journal.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An absence note as the journal keeps it; {@code lessonNumbers} null means every lesson of those days. */
record AbsenceNote(UUID id, UUID schoolId, UUID studentId, UUID classGroupId, String kind, LocalDate fromDate, LocalDate toDate,
		@Nullable String lessonNumbers, String reason, UUID filedBy, Instant filedAt, String status, @Nullable UUID decidedBy,
		@Nullable Instant decidedAt, @Nullable String decisionReason) {

	static final String COLUMNS = """
			id, school_id, student_id, class_group_id, kind, from_date, to_date, lesson_numbers, reason, filed_by, filed_at, status,
			decided_by, decided_at, decision_reason""";

	@Nullable List<Integer> numbers() {
		return lessonNumbers == null ? null : Arrays.stream(lessonNumbers.split(",")).map(Integer::valueOf).toList();
	}

	boolean covers(LocalDate day, int lessonNo) {
		List<Integer> numbers = numbers();
		return !day.isBefore(fromDate) && !day.isAfter(toDate) && (numbers == null || numbers.contains(lessonNo));
	}

	static @Nullable String numbers(@Nullable List<Integer> numbers) {
		return numbers == null || numbers.isEmpty() ? null
				: String.join(",", numbers.stream().distinct().sorted().map(String::valueOf).toList());
	}
}
