package org.ejd.journal.homework;

import java.time.Instant;
import java.util.UUID;

import org.ejd.journal.lessons.Lesson;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student ticks a homework off as done, or takes the tick back while the homework is not yet due. Work handed in
 * already counts as done: the tick changes nothing then, and cannot be taken back.
 */
@Service
class MarkingHomeworkDone {

	private final HomeworkAccess access;

	private final HomeworkSubmissions submissions;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	MarkingHomeworkDone(HomeworkAccess access, HomeworkSubmissions submissions, ApplicationEventPublisher events, SchoolTime time) {
		this.access = access;
		this.submissions = submissions;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public HomeworkSubmission done(Caller caller, UUID lessonId) {
		Lesson lesson = access.studentsHomework(caller, lessonId);
		Instant now = time.now();
		HomeworkSubmission before = submissions.lock(lesson, caller.person(), now);
		if (before.state() != HomeworkSubmission.State.ASSIGNED) {
			return before;
		}
		return save(before.done(now, caller.person()), lesson);
	}

	@Transactional
	public HomeworkSubmission undo(Caller caller, UUID lessonId) {
		Lesson lesson = access.studentsHomework(caller, lessonId);
		Instant now = time.now();
		HomeworkSubmission before = submissions.lock(lesson, caller.person(), now);
		if (before.handedIn()) {
			throw Refusal.conflict("journal.homework.handed-in");
		}
		if (before.state() == HomeworkSubmission.State.ASSIGNED) {
			return before;
		}
		Instant due = access.dueMoment(lesson);
		if (due != null && !now.isBefore(due)) {
			throw Refusal.conflict("journal.homework.past-due", HandingInHomework.DAY.format(lesson.homeworkDue()));
		}
		return save(before.undone(now, caller.person()), lesson);
	}

	private HomeworkSubmission save(HomeworkSubmission after, Lesson lesson) {
		submissions.update(after);
		events.publishEvent(HomeworkSubmissionEvents.changed(after, lesson));
		return after;
	}
}
