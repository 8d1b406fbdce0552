package org.ejd.journal.homework;

import java.util.UUID;

import org.ejd.journal.lessons.Lesson;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teacher sends handed-in work back with a comment: the student may hand it in again, after the due date too. */
@Service
class ReturningHomework {

	private final HomeworkAccess access;

	private final HomeworkSubmissions submissions;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	ReturningHomework(HomeworkAccess access, HomeworkSubmissions submissions, ApplicationEventPublisher events, SchoolTime time) {
		this.access = access;
		this.submissions = submissions;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public HomeworkSubmission giveBack(Caller caller, UUID submissionId, String comment) {
		HomeworkSubmission before = submissions.lock(submissionId).filter(s -> s.version() > 0)
			.orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
		Lesson lesson = access.teachersLesson(caller, before.lessonId());
		if (before.state() == HomeworkSubmission.State.MARKED) {
			throw Refusal.conflict("journal.homework.already-marked");
		}
		if (before.state() != HomeworkSubmission.State.HANDED_IN) {
			throw Refusal.conflict("journal.homework.not-handed-in");
		}
		HomeworkSubmission after = before.returned(comment.strip(), time.now(), caller.person());
		submissions.update(after);
		events.publishEvent(HomeworkSubmissionEvents.changed(after, lesson));
		return after;
	}
}
