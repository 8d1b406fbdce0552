package org.ejd.journal.absences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.lessons.UploadCheck;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A guardian files an absence note for a student they represent: a planned absence (from today on) or the excuse of a
 * past one (begun by today), for whole days or some lesson numbers, with the reason; the paper (a certificate, a
 * written note) is attached with {@link #attach}, checked as homework files are. The class teacher of the student's
 * class on the first day decides it.
 */
@Service
public class FilingAbsenceNote {

	static final int MAX_DAYS = 31;

	static final int MAX_REASON = 500;

	static final int EXCUSE_DAYS_BACK = 60;

	private final AbsenceNotes notes;

	private final AbsenceNoteAccess access;

	private final ClassBook classes;

	private final UploadCheck upload;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	FilingAbsenceNote(AbsenceNotes notes, AbsenceNoteAccess access, ClassBook classes, UploadCheck upload, SchoolTime time,
			ApplicationEventPublisher events) {
		this.events = events;
		this.notes = notes;
		this.access = access;
		this.classes = classes;
		this.upload = upload;
		this.time = time;
	}

	/** @param kind {@code planned} or {@code excuse}; @param lessons lesson numbers 1–12, none for whole days */
	// the annotations document what file() checks itself (its refusals name the field)
	public record FileNote(@Nullable @Pattern(regexp = "planned|excuse") String kind, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable @Size(max = 12) List<@Min(1) @Max(12) Integer> lessons, @Nullable @Size(max = MAX_REASON) String reason) {
	}

	@Transactional
	public UUID file(Caller caller, UUID studentId, FileNote note) {
		UUID school = access.requireGuardian(caller, studentId);
		LocalDate today = time.today(school);
		String kind = note.kind() == null ? "" : note.kind();
		if (!kind.equals("planned") && !kind.equals("excuse")) {
			throw Refusal.invalid("journal.absence-note.kind");
		}
		if (note.from() == null || note.to() == null) {
			throw Refusal.invalid("journal.absence-note.dates-missing");
		}
		if (note.to().isBefore(note.from()) || ChronoUnit.DAYS.between(note.from(), note.to()) >= MAX_DAYS) {
			throw Refusal.invalid("journal.absence-note.span", MAX_DAYS);
		}
		if (kind.equals("planned") && note.from().isBefore(today)) {
			throw Refusal.invalid("journal.absence-note.planned-in-past");
		}
		if (kind.equals("excuse") && (note.from().isAfter(today) || note.from().isBefore(today.minusDays(EXCUSE_DAYS_BACK)))) {
			throw Refusal.invalid("journal.absence-note.excuse-days", EXCUSE_DAYS_BACK);
		}
		List<Integer> lessons = note.lessons() == null ? List.of() : note.lessons();
		if (lessons.size() > 12 || lessons.stream().anyMatch(n -> n == null || n < 1 || n > 12)) {
			throw Refusal.invalid("journal.absence-note.lessons");
		}
		String reason = note.reason() == null ? "" : note.reason().strip();
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			throw Refusal.invalid("journal.absence-note.reason", MAX_REASON);
		}
		UUID classGroup = classes.classOf(studentId, note.from()).or(() -> classes.classOf(studentId, today))
			.orElseThrow(() -> Refusal.againstRule("journal.absence-note.no-class"));
		Instant now = time.now();
		AbsenceNote filed = new AbsenceNote(UUID.randomUUID(), school, studentId, classGroup, kind, note.from(), note.to(),
				AbsenceNote.numbers(lessons), reason, caller.person(), now, "filed", null, null, null);
		notes.insert(filed);
		notes.remember(filed.id(), now, caller.person(), "filed", null);
		events.publishEvent(AbsenceNoteEvents.filed(filed));
		return filed.id();
	}

	/** The guardian attaches (or replaces) the note's paper while the note waits for the decision. */
	@Transactional
	public void attach(Caller caller, UUID noteId, String fileName, String contentType, byte[] content) {
		AbsenceNote note = notes.lock(noteId).orElseThrow(() -> Refusal.unknown("journal.absence-note.not-found"));
		if (!access.isGuardian(caller, note.studentId(), note.schoolId())) {
			access.requireReader(caller, note);
			throw Refusal.notAllowed("journal.absence-note.guardian-only");
		}
		if (!note.status().equals("filed")) {
			throw Refusal.conflict("journal.absence-note.decided");
		}
		if (fileName.isBlank() || fileName.length() > 200) {
			throw Refusal.invalid("journal.absence-note.file-name");
		}
		upload.check(fileName, contentType, content);
		notes.putFile(noteId, fileName, contentType, content);
		notes.remember(noteId, time.now(), caller.person(), "file-attached", fileName);
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return upload.maxBytes();
	}
}
