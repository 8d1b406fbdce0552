package org.ejd.journal.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.lessons.Lesson;
import org.ejd.journal.lessons.LessonAccess;
import org.ejd.journal.lessons.LessonLookup;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may do what with homework submissions: only the student themself hands in (a guardian is refused, a student of
 * another class does not learn the lesson exists); the lesson's readers by the marks rule (its teachers and substitute,
 * the class teacher, the administration) read, download and return the work.
 */
@Component
class HomeworkAccess {

	private final LessonLookup lessons;

	private final ClassBook classes;

	private final SchoolRoles roles;

	private final SchoolTime time;

	private final LessonAccess classLessons;

	HomeworkAccess(LessonLookup lessons, ClassBook classes, SchoolRoles roles, SchoolTime time, LessonAccess classLessons) {
		this.classLessons = classLessons;
		this.lessons = lessons;
		this.classes = classes;
		this.roles = roles;
		this.time = time;
	}

	/** A lesson whose homework the calling student hands in: of their school, of their class that day, with homework set. */
	Lesson studentsHomework(Caller caller, UUID lessonId) {
		Lesson lesson = lessons.held(lessonId)
			.filter(l -> caller.actsIn(l.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.lesson.not-found"));
		if (!caller.has(Role.STUDENT) || caller.personId() == null) {
			throw Refusal.notAllowed("journal.homework.student-only");
		}
		if (!classes.enrolledOn(lesson.classGroupId(), caller.person(), lesson.date())) {
			throw Refusal.unknown("journal.lesson.not-found");
		}
		if (lesson.homework() == null || lesson.homework().isBlank()) {
			throw Refusal.againstRule("journal.homework.none");
		}
		return lesson;
	}

	/** A lesson whose submissions the caller reads and returns: the marks rule; unknown to everyone else. */
	Lesson teachersLesson(Caller caller, UUID lessonId) {
		return lessons.held(lessonId)
			.filter(l -> roles.readsWork(caller, l.schoolId(), l.classGroupId(), l.subjectId(), l.date(), time.today(l.schoolId())))
			.orElseThrow(() -> Refusal.unknown("journal.lesson.not-found"));
	}

	/** The submission's lesson when the caller is its student or one of its readers by the marks rule; else 404. */
	Lesson readable(Caller caller, HomeworkSubmission submission) {
		if (caller.is(submission.studentId()) && caller.has(Role.STUDENT)) {
			return lessons.held(submission.lessonId()).orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
		}
		return lessons.held(submission.lessonId())
			.filter(l -> roles.readsWork(caller, l.schoolId(), l.classGroupId(), l.subjectId(), l.date(), time.today(l.schoolId())))
			.orElseThrow(() -> Refusal.unknown("journal.homework.not-found"));
	}

	/**
	 * A class group whose work owed the caller reads: those who read its lessons (its administration, class teacher, a
	 * teacher of the class), by the lessons' own rule.
	 */
	ClassGroup classReadable(Caller caller, UUID classGroupId, LocalDate from, LocalDate to) {
		return classLessons.lessonsReadable(caller, classGroupId, from, to);
	}

	/**
	 * The class a student's work owed is read in (their class today): the student themself, or its administration, class
	 * teacher or a teacher of the class today; else 404.
	 */
	ClassGroup studentReadable(Caller caller, UUID studentId) {
		for (UUID school : caller.schoolIds()) {
			UUID classGroupId = classes.classOf(studentId, time.today(school)).orElse(null);
			ClassGroup group = classGroupId == null ? null : classes.find(classGroupId).filter(g -> g.schoolId().equals(school)).orElse(null);
			if (group == null) {
				continue;
			}
			if ((caller.is(studentId) && caller.has(Role.STUDENT))
					|| roles.readsClassLessons(caller, school, group.id(), time.today(school), time.today(school), time.today(school))) {
				return group;
			}
		}
		throw Refusal.unknown("journal.student.not-found");
	}

	/** The moment the homework is due: the start of its due date in the school's time zone; null when it has no due date. */
	@Nullable Instant dueMoment(Lesson lesson) {
		return lesson.homeworkDue() == null ? null : lesson.homeworkDue().atStartOfDay(time.zone(lesson.schoolId())).toInstant();
	}
}
