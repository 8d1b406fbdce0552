package org.ejd.diary.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.ejd.contracts.diary.ComplaintAnswered;
import org.ejd.diary.complaints.domain.AnswerDeadline;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school admin or deputy head answers a complaint and closes it (D12), naming the marks and lessons of the
 * journal that now fill the gap (the diary must hold them, for that student); diary.complaint.answered goes out
 * so the family is told. An answer is final: a second one is refused.
 */
@Service
public class AnsweringComplaint {

	static final int MAX_ANSWER = 8000;

	static final int MAX_ENTRIES = 100;

	private final Complaints complaints;

	private final ComplaintRegister register;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	AnsweringComplaint(Complaints complaints, ComplaintRegister register, SchoolTime time, ApplicationEventPublisher events) {
		this.complaints = complaints;
		this.register = register;
		this.time = time;
		this.events = events;
	}

	// the annotations document what answer() checks itself (marks and lessons together at most MAX_ENTRIES)
	public record AnswerComplaint(@Nullable @Size(max = MAX_ANSWER) String text, @Nullable @Size(max = MAX_ENTRIES) List<UUID> markIds,
			@Nullable @Size(max = MAX_ENTRIES) List<UUID> lessonIds) {
	}

	@Transactional
	public ComplaintView answer(Caller caller, UUID complaintId, AnswerComplaint answer) {
		Complaint complaint = complaints.lock(complaintId).orElseThrow(() -> Refusal.unknown("diary.complaint.not-found"));
		ComplaintAccess.requireHandler(caller, complaint);
		if (complaint.answered()) {
			throw Refusal.conflict("diary.complaint.closed");
		}
		String text = answer.text() == null ? "" : answer.text().strip();
		if (text.isEmpty()) {
			throw Refusal.invalid("diary.complaint.answer-missing");
		}
		if (text.length() > MAX_ANSWER) {
			throw Refusal.invalid("diary.complaint.answer-too-long", MAX_ANSWER);
		}
		List<UUID> marks = distinct(answer.markIds());
		List<UUID> lessons = distinct(answer.lessonIds());
		if (marks.size() + lessons.size() > MAX_ENTRIES) {
			throw Refusal.invalid("diary.complaint.too-many-entries", MAX_ENTRIES);
		}
		for (UUID mark : marks) {
			if (!complaints.isMarkOf(mark, complaint.studentId())) {
				throw Refusal.invalid("diary.complaint.mark-unknown", mark);
			}
		}
		for (UUID lesson : lessons) {
			if (!complaints.isLessonOf(lesson, complaint.studentId())) {
				throw Refusal.invalid("diary.complaint.lesson-unknown", lesson);
			}
		}
		Instant now = time.now();
		LocalDate today = time.today(complaint.schoolId());
		complaints.answer(complaintId, text, caller.person(), now, today);
		marks.forEach(mark -> complaints.addEntry(complaintId, "mark", mark));
		lessons.forEach(lesson -> complaints.addEntry(complaintId, "lesson", lesson));
		events.publishEvent(new ComplaintEvents.Answered(UUID.randomUUID(), now, new ComplaintAnswered(complaintId, complaint.number(),
				complaint.schoolId(), complaint.studentId(), complaint.complainantId(), complaint.form(), caller.person(), now,
				AnswerDeadline.onTime(complaint.dueOn(), today), marks, lessons)));
		return register.view(complaintId);
	}

	private static List<UUID> distinct(@Nullable List<UUID> ids) {
		List<UUID> out = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.of() : ids));
		if (out.contains(null)) {
			throw Refusal.invalid("diary.complaint.entry-missing");
		}
		return out;
	}
}
