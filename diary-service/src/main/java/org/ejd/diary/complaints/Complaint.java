package org.ejd.diary.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A complaint as the register keeps it. */
record Complaint(UUID id, String number, UUID schoolId, UUID studentId, UUID complainantId, String form, UUID registeredBy,
		@Nullable String subjectName, @Nullable LocalDate fromDate, @Nullable LocalDate toDate, String text, Instant filedAt,
		LocalDate filedOn, LocalDate dueOn, @Nullable UUID assigneeId, @Nullable Instant assignedAt, @Nullable String answer,
		@Nullable UUID answeredBy, @Nullable Instant answeredAt, @Nullable LocalDate answeredOn) {

	static final String COLUMNS = """
			id, number, school_id, student_id, complainant_id, form, registered_by, subject_name, from_date, to_date, text, filed_at,
			filed_on, due_on, assignee_id, assigned_at, answer, answered_by, answered_at, answered_on""";

	boolean answered() {
		return answeredAt != null;
	}

	/** Oral complaints are answered as the complainant asked; electronic and paper ones get a written answer. */
	boolean written() {
		return !"oral".equals(form);
	}
}
