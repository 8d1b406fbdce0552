package org.ejd.journal.homework;

import java.util.UUID;

import org.ejd.journal.lessons.Lesson;
import org.ejd.journal.marks.MarkBook;
import org.ejd.journal.marks.PostMark;
import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher marks handed-in work: an ordinary homework mark posted through the mark book (its assignment, enrolment,
 * scale, period and deadline rules, its event), dated the day the work was handed in and naming the submission; the
 * submission becomes "marked" in the same transaction. A later correction or deletion is the mark book's, as for any mark.
 */
@Service
class MarkingHandedInWork {

	private final HomeworkAccess access;

	private final HomeworkSubmissions submissions;

	private final MarkBook marks;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	MarkingHandedInWork(HomeworkAccess access, HomeworkSubmissions submissions, MarkBook marks, ApplicationEventPublisher events,
			SchoolTime time) {
		this.access = access;
		this.submissions = submissions;
		this.marks = marks;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public Mark mark(Caller caller, UUID submissionId, String value, @Nullable String comment) {
		HomeworkSubmission before = submissions.lock(submissionId).filter(s -> s.version() > 0)
			.orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
		Lesson lesson = access.teachersLesson(caller, before.lessonId());
		if (before.state() == HomeworkSubmission.State.MARKED) {
			throw Refusal.conflict("journal.homework.already-marked");
		}
		if (before.handedInAt() == null || !before.handedIn()) {
			throw Refusal.conflict("journal.homework.not-handed-in");
		}
		Mark mark = marks.post(caller, new PostMark(before.studentId(), before.classGroupId(), before.subjectId(), value,
				WorkType.HOMEWORK, time.dateAt(before.schoolId(), before.handedInAt()), null, comment, null, before.id()));
		HomeworkSubmission after = before.marked(mark.id(), mark.value().text(), time.now(), caller.person());
		submissions.update(after);
		events.publishEvent(HomeworkSubmissionEvents.changed(after, lesson));
		return mark;
	}
}
