package org.ejd.journal.absences;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.ejd.journal.lessons.ExcusingAbsences;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The class teacher accepts or declines a guardian's absence note, declining with a reason. Accepted, the absences
 * already taken in its days become excused with the note's reason (journal.attendance.recorded, so the diary and
 * the notifications follow); absences taken later in its days are excused as they are taken. A decision is final.
 */
@Service
public class DecidingAbsenceNote {

	static final int MAX_REASON = 500;

	private final AbsenceNotes notes;

	private final AbsenceNoteAccess access;

	private final ExcusingAbsences excusing;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	DecidingAbsenceNote(AbsenceNotes notes, AbsenceNoteAccess access, ExcusingAbsences excusing, SchoolTime time,
			ApplicationEventPublisher events) {
		this.events = events;
		this.notes = notes;
		this.access = access;
		this.excusing = excusing;
		this.time = time;
	}

	/** @param decision {@code accept} or {@code decline}; @param reason required to decline */
	// the annotations document what decide() checks itself
	public record Decision(@Nullable @Pattern(regexp = "accept|decline") String decision,
			@Nullable @Size(max = MAX_REASON) String reason) {
	}

	/** Answers the lessons the decision excused (none for a decline). */
	@Transactional
	public List<UUID> decide(Caller caller, UUID noteId, Decision decision) {
		AbsenceNote note = notes.lock(noteId).orElseThrow(() -> Refusal.unknown("journal.absence-note.not-found"));
		access.requireClassTeacher(caller, note);
		String what = decision.decision() == null ? "" : decision.decision();
		if (!what.equals("accept") && !what.equals("decline")) {
			throw Refusal.invalid("journal.absence-note.decision");
		}
		String reason = decision.reason() == null || decision.reason().isBlank() ? null : decision.reason().strip();
		if (what.equals("decline") && reason == null) {
			throw Refusal.invalid("journal.absence-note.decline-reason");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw Refusal.invalid("journal.absence-note.reason", MAX_REASON);
		}
		if (!note.status().equals("filed")) {
			throw Refusal.conflict("journal.absence-note.decided");
		}
		Instant now = time.now();
		String status = what.equals("accept") ? "accepted" : "declined";
		notes.decide(noteId, status, caller.person(), now, reason);
		notes.remember(noteId, now, caller.person(), status, reason);
		if (what.equals("decline")) {
			events.publishEvent(new AbsenceNoteEvents.Declined(UUID.randomUUID(), now, new AbsenceNoteDeclined(note.id(), note.schoolId(),
					note.studentId(), note.fromDate(), note.toDate(), caller.person(), now, java.util.Objects.requireNonNull(reason))));
			return List.of();
		}
		List<UUID> excused = excusing.excuse(note.studentId(), note.fromDate(), note.toDate(), note.numbers(), note.reason(),
				caller.person());
		if (!excused.isEmpty()) {
			notes.remember(noteId, now, caller.person(), "excused", excused.stream().map(UUID::toString).collect(Collectors.joining(",")));
		}
		events.publishEvent(new AbsenceNoteEvents.Accepted(UUID.randomUUID(), now, new AbsenceNoteAccepted(note.id(), note.schoolId(),
				note.studentId(), note.fromDate(), note.toDate(), caller.person(), now, excused.size(), reason)));
		return excused;
	}
}
