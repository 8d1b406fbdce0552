package org.ejd.diary.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.diary.complaints.domain.AnswerDeadline;
import org.ejd.diary.family.Family.StudentCard;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as its family and its school read it: what it is about, its deadline as of the school's today, who
 * handles it and, once closed, the answer with the journal entries that fill the gap.
 *
 * @param status {@code open} or {@code answered}
 * @param daysLeft days until the due day (negative once overdue), null once answered
 */
public record ComplaintView(UUID id,
		@Schema(example = "Ж-2026-17") String number, UUID schoolId, UUID studentId, String studentName, UUID complainantId,
		@Schema(allowableValues = { "electronic", "oral", "paper" }) String form, UUID registeredBy, @Nullable String subjectName, @Nullable LocalDate from, @Nullable LocalDate to, String text,
		Instant filedAt, LocalDate filedOn, LocalDate dueOn,
		@Schema(allowableValues = { "open", "answered" }) String status, @Nullable Long daysLeft, boolean overdue,
		@Nullable UUID assigneeId, @Nullable String answer, @Nullable UUID answeredBy, @Nullable Instant answeredAt,
		@Nullable LocalDate answeredOn, @Nullable Boolean answeredOnTime, boolean writtenAnswer, List<Entry> entries) {

	/** A journal entry the answer names: a mark (its value) or a lesson (its number and topic), as the diary shows it. */
	@Schema(name = "ComplaintEntry") // one schema per feature (springdoc names by simple name)
	public record Entry(@Schema(allowableValues = { "mark", "lesson" }) String kind, UUID id, @Nullable LocalDate date, @Nullable String subjectName,
			@Schema(example = "2 урок, Дроби") @Nullable String what) {
	}

	static ComplaintView of(Complaint c, StudentCard student, List<Complaints.Entry> entries, LocalDate today) {
		boolean answered = c.answered();
		return new ComplaintView(c.id(), c.number(), c.schoolId(), c.studentId(), name(student), c.complainantId(), c.form(),
				c.registeredBy(), c.subjectName(), c.fromDate(), c.toDate(), c.text(), c.filedAt(), c.filedOn(), c.dueOn(),
				answered ? "answered" : "open", answered ? null : AnswerDeadline.daysLeft(c.dueOn(), today),
				!answered && AnswerDeadline.overdue(c.dueOn(), today), c.assigneeId(), c.answer(), c.answeredBy(), c.answeredAt(),
				c.answeredOn(), c.answeredOn() != null ? AnswerDeadline.onTime(c.dueOn(), c.answeredOn()) : null, c.written(),
				entries.stream().map(e -> new Entry(e.kind(), e.entryId(), e.day(), e.subjectName(), e.what())).toList());
	}

	static String name(StudentCard student) {
		return student.lastName() + " " + student.firstName() + (student.middleName() != null ? " " + student.middleName() : "");
	}
}
