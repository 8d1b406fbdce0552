package org.ejd.journal.homework;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.ejd.journal.lessons.Lesson;
import org.ejd.journal.lessons.UploadCheck;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student hands in homework: a text, a file (checked as homework attachments are: size, type, content), or both, before
 * the homework's due date begins in the school's time zone. Late work is refused (ADR 0044), except work the teacher
 * returned to be done again; marked work is closed. Handing in again before then replaces what was handed in.
 */
@Service
class HandingInHomework {

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private final HomeworkAccess access;

	private final HomeworkSubmissions submissions;

	private final UploadCheck upload;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	HandingInHomework(HomeworkAccess access, HomeworkSubmissions submissions, UploadCheck upload, ApplicationEventPublisher events,
			SchoolTime time) {
		this.access = access;
		this.submissions = submissions;
		this.upload = upload;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public HomeworkSubmission handIn(Caller caller, UUID lessonId, @Nullable String text, @Nullable Upload file) {
		Lesson lesson = access.studentsHomework(caller, lessonId);
		String work = text == null || text.isBlank() ? null : text.strip();
		if (work == null && file == null) {
			throw Refusal.invalid("journal.homework.nothing-handed-in");
		}
		if (file != null) {
			upload.check(file.fileName(), file.contentType(), file.content());
		}
		Instant now = time.now();
		HomeworkSubmission before = submissions.lock(lesson, caller.person(), now);
		if (before.state() == HomeworkSubmission.State.MARKED) {
			throw Refusal.conflict("journal.homework.already-marked");
		}
		Instant due = access.dueMoment(lesson);
		if (due != null && !now.isBefore(due) && before.state() != HomeworkSubmission.State.RETURNED) {
			throw Refusal.conflict("journal.homework.past-due", DAY.format(lesson.homeworkDue()));
		}
		HomeworkSubmission after = before.handedIn(work, now, caller.person());
		submissions.update(after);
		if (file != null) {
			submissions.putFile(after.id(), file.fileName(), file.contentType(), file.content());
		}
		events.publishEvent(HomeworkSubmissionEvents.changed(after, lesson));
		return after;
	}

	/** The largest file taken, so that the web layer reads no more of an upload than that. */
	public long maxBytes() {
		return upload.maxBytes();
	}

	/** A handed-in file as it came: its name, its declared type, its bytes. */
	record Upload(String fileName, String contentType, byte[] content) {
	}
}
