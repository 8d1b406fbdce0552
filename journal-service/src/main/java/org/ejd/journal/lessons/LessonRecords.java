package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.ids.TimeOrderedIds;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The teacher's lesson pages (J4): a lesson with its type, topic and homework. A topic entered
 * after the school's deadline is accepted and flagged; each change is saved with its event.
 */
@Service
class LessonRecords {

	private final Lessons lessons;

	private final LessonAccess access;

	private final LessonAnnouncements announcements;

	private final LessonChangeLog changeLog;

	private final DeadlinePolicies policies;

	private final SchoolTime time;

	LessonRecords(Lessons lessons, LessonAccess access, LessonAnnouncements announcements, LessonChangeLog changeLog,
			DeadlinePolicies policies, SchoolTime time) {
		this.lessons = lessons;
		this.access = access;
		this.announcements = announcements;
		this.changeLog = changeLog;
		this.policies = policies;
		this.time = time;
	}

	@Transactional
	public Lesson record(Caller caller, RecordLesson command) {
		ClassGroup group = access.groupOf(caller, command.classGroupId());
		UUID teacher = access.requireTeaching(caller, command.subjectId(), group.id(), command.date());
		if (command.periodNo() < 1 || command.periodNo() > 12) {
			throw Refusal.invalid("journal.lesson.bad-period");
		}
		if (command.homeworkDue() != null && command.homeworkDue().isBefore(command.date())) {
			throw Refusal.invalid("journal.lesson.homework-before-lesson");
		}
		if (lessons.slotTaken(group.id(), command.date(), command.periodNo())) {
			throw Refusal.conflict("journal.lesson.slot-taken");
		}
		Lesson planned = Lesson.planned(TimeOrderedIds.next(), group.schoolId(), group.id(), command.subjectId(), teacher,
				command.date(), command.periodNo(), command.type(), Room.of(command.room()));
		Lesson lesson = command.topic() == null && command.homework() == null ? planned
				: planned.withContent(command.type(), command.topic(), command.homework(), command.homeworkDue(), time.now(),
						policies.of(group.schoolId()).topicOnTime(command.date(), time.today(group.schoolId())));
		if (lesson.version() > 1) { // planned and described at once: one version, one event
			lesson = new Lesson(lesson.id(), lesson.schoolId(), lesson.classGroupId(), lesson.subjectId(), lesson.teacherId(),
					lesson.date(), lesson.periodNo(), lesson.type(), lesson.topic(), lesson.homework(), lesson.homeworkDue(),
					lesson.topicEnteredAt(), lesson.topicOnTime(), 1, null, lesson.room());
		}
		lessons.insert(lesson);
		if (lesson.topic() != null || lesson.homework() != null) {
			changeLog.contentChanged(caller, null, lesson, null);
		}
		announcements.announce(lesson);
		return lesson;
	}

	/** Sets the topic, type and homework; needs the version the teacher saw, and a reason once the period is closed. */
	@Transactional
	public Lesson describe(Caller caller, UUID lessonId, long expectedVersion, Lesson.Type type, @Nullable String topic,
			@Nullable String homework, @Nullable LocalDate homeworkDue, @Nullable String reason) {
		Lesson before = access.taught(caller, lessonId);
		changeLog.beforeChange(caller, before, "content", reason);
		if (homeworkDue != null && homeworkDue.isBefore(before.date())) {
			throw Refusal.invalid("journal.lesson.homework-before-lesson");
		}
		Lesson after = before.withContent(type, topic, homework, homeworkDue, time.now(),
				policies.of(before.schoolId()).topicOnTime(before.date(), time.today(before.schoolId())));
		if (before.version() != expectedVersion || !lessons.update(after, expectedVersion)) {
			throw Refusal.stale();
		}
		changeLog.contentChanged(caller, before, after, reason);
		announcements.announce(after);
		return after;
	}

	@Transactional(readOnly = true)
	public Lesson get(Caller caller, UUID lessonId) {
		return access.readable(caller, lessonId);
	}

	@Transactional(readOnly = true)
	public Page<Lesson> ofClassGroup(Caller caller, UUID classGroupId, LocalDate from, LocalDate to, PageRequest page) {
		DaySpan.of(from, to, "journal.period.bad");
		access.lessonsReadable(caller, classGroupId, from, to);
		return lessons.ofClassGroup(classGroupId, from, to, page);
	}

	/** J11: every change of the lesson's topic, type and homework with old and new values (the lesson's readers). */
	@Transactional(readOnly = true)
	public List<LessonChangeLog.ContentChange> history(Caller caller, UUID lessonId) {
		return changeLog.contentHistory(access.readable(caller, lessonId).id());
	}

	/** Why the lesson was changed after its period was closed (for the administration and its teachers). */
	@Transactional(readOnly = true)
	public List<String> changesAfterClosing(Caller caller, UUID lessonId) {
		return changeLog.of(access.readable(caller, lessonId).id());
	}
}
