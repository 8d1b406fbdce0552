package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.ids.TimeOrderedIds;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When and by whom a lesson is held (D3): lessons planned from the timetable, a substitute
 * teacher, a move to another day or period. Each change is saved with its event.
 */
@Service
public class LessonScheduling {

	private final Lessons lessons;

	private final Attendance attendance;

	private final LessonAccess access;

	private final LessonAnnouncements announcements;

	private final ClassBook classes;

	private final Directory directory;

	LessonScheduling(Lessons lessons, Attendance attendance, LessonAccess access, LessonAnnouncements announcements,
			ClassBook classes, Directory directory) {
		this.lessons = lessons;
		this.attendance = attendance;
		this.access = access;
		this.announcements = announcements;
		this.classes = classes;
		this.directory = directory;
	}

	/** A lesson from the timetable, before it is held; false when the class already has a lesson in that slot. */
	@Transactional
	public boolean schedule(UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo,
			@Nullable String room) {
		if (lessons.slotTaken(classGroupId, date, periodNo)) {
			return false;
		}
		Lesson lesson = Lesson.planned(TimeOrderedIds.next(), schoolId, classGroupId, subjectId, teacherId, date, periodNo,
				Lesson.Type.REGULAR, room);
		lessons.insert(lesson);
		announcements.announce(lesson);
		return true;
	}

	/** The administration puts in a substitute teacher (D3); the substitute may keep the journal for that lesson's day. */
	@Transactional
	public Lesson substitute(Caller caller, UUID lessonId, UUID substituteId, String reason) {
		Lesson before = access.administered(caller, lessonId);
		if (substituteId.equals(before.teacherId())) {
			throw Refusal.invalid("journal.lesson.substitute-is-teacher");
		}
		if (!directory.isTeacherAt(substituteId, before.schoolId())) {
			throw Refusal.againstRule("journal.teacher.unknown");
		}
		Lesson after = before.substitutedBy(substituteId, reason.strip());
		if (!lessons.update(after, before.version())) {
			throw Refusal.stale();
		}
		classes.assignForOneDay(substituteId, before.subjectId(), before.classGroupId(), before.date());
		announcements.announce(after);
		return after;
	}

	/**
	 * The administration or the lesson's teacher cancels a lesson that was not held (D3): the lesson stays with its
	 * reason, the diary shows it cancelled.
	 */
	@Transactional
	public Lesson cancel(Caller caller, UUID lessonId, String reason) {
		Lesson before = access.cancellable(caller, lessonId);
		if (attendance.taken(lessonId)) {
			throw Refusal.conflict("journal.lesson.already-held-cancel");
		}
		if (lessons.cancellationReason(lessonId).isPresent()) {
			throw Refusal.conflict("journal.lesson.already-cancelled");
		}
		if (!lessons.cancel(lessonId, reason.strip(), before.version())) {
			throw Refusal.stale();
		}
		Lesson after = lessons.find(lessonId).orElseThrow();
		announcements.announce(after);
		return after;
	}

	/**
	 * Where the lesson is held (D3): the administration or the lesson's own teacher, as for a cancellation; the lesson's room
	 * replaces its slot's, a blank one leaves none. A new version, so the diary is told.
	 */
	@Transactional
	public Lesson moveToRoom(Caller caller, UUID lessonId, @Nullable String room) {
		Lesson before = access.cancellable(caller, lessonId);
		Lesson after = before.inRoom(Room.of(room));
		if (!lessons.update(after, before.version())) {
			throw Refusal.stale();
		}
		announcements.announce(after);
		return after;
	}

	/** The administration moves a lesson to another day or period (D3), before attendance was taken. */
	@Transactional
	public Lesson reschedule(Caller caller, UUID lessonId, LocalDate date, int periodNo, String reason) {
		Lesson before = access.administered(caller, lessonId);
		if (periodNo < 1 || periodNo > 12) {
			throw Refusal.invalid("journal.lesson.bad-period");
		}
		if (attendance.taken(lessonId)) {
			throw Refusal.conflict("journal.lesson.already-held");
		}
		if (lessons.slotTaken(before.classGroupId(), date, periodNo)) {
			throw Refusal.conflict("journal.lesson.slot-taken");
		}
		Lesson after = before.movedTo(date, periodNo, reason.strip());
		if (!lessons.update(after, before.version())) {
			throw Refusal.stale();
		}
		announcements.announce(after);
		return after;
	}
}
