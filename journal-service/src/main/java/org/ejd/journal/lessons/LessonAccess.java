package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.stereotype.Component;

/** Which lessons a caller may keep or read, answered alike for every lesson use case; another school's lesson is unknown. */
@Component
public class LessonAccess {

	private final Lessons lessons;

	private final ClassBook classes;

	private final SchoolRoles roles;

	private final SchoolTime time;

	LessonAccess(Lessons lessons, ClassBook classes, SchoolRoles roles, SchoolTime time) {
		this.lessons = lessons;
		this.classes = classes;
		this.roles = roles;
		this.time = time;
	}

	ClassGroup groupOf(Caller caller, UUID classGroupId) {
		return classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
	}

	/** The teacher who teaches the subject to the class group that day (by assignment or substitution). */
	UUID requireTeaching(Caller caller, UUID subjectId, UUID classGroupId, LocalDate date) {
		if (!caller.has(Role.TEACHER) || caller.personId() == null || !classes.teaches(caller.person(), subjectId, classGroupId, date)) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		return caller.person();
	}

	/** A lesson the caller teaches: they write its topic, homework and attendance. */
	Lesson taught(Caller caller, UUID lessonId) {
		Lesson lesson = ofSchool(caller, lessonId);
		requireTeaching(caller, lesson.subjectId(), lesson.classGroupId(), lesson.date());
		return lesson;
	}

	/**
	 * A lesson the caller may read, with its attendance: by the marks rule (the administration, the
	 * class's class teacher, a teacher of the subject to the class on the lesson's day or today);
	 * unknown to everyone else, a teacher of another class included.
	 */
	Lesson readable(Caller caller, UUID lessonId) {
		return lessons.find(lessonId)
			.filter(l -> roles.readsWork(caller, l.schoolId(), l.classGroupId(), l.subjectId(), l.date(), time.today(l.schoolId())))
			.orElseThrow(() -> Refusal.unknown("journal.lesson.not-found"));
	}

	/**
	 * A class group whose lessons from {@code from} to {@code to} the caller may list: its administration,
	 * its class teacher, a teacher of the class on one of those days or today. Families and other schools do
	 * not learn that the group exists; a teacher of another class of the school is refused.
	 */
	public ClassGroup lessonsReadable(Caller caller, UUID classGroupId, LocalDate from, LocalDate to) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> roles.isStaff(caller, g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		if (!roles.readsClassLessons(caller, group.schoolId(), group.id(), from, to, time.today(group.schoolId()))) {
			throw Refusal.notAllowed("journal.lesson.not-your-class");
		}
		return group;
	}

	/** A lesson the school's administration changes: a substitute, a move. */
	Lesson administered(Caller caller, UUID lessonId) {
		Lesson lesson = ofSchool(caller, lessonId);
		roles.requireAdministration(caller, lesson.schoolId());
		return lesson;
	}

	/** A lesson the school's administration or the lesson's own teacher may cancel (D3). */
	Lesson cancellable(Caller caller, UUID lessonId) {
		Lesson lesson = ofSchool(caller, lessonId);
		if (!roles.administers(caller, lesson.schoolId())) {
			requireTeaching(caller, lesson.subjectId(), lesson.classGroupId(), lesson.date());
		}
		return lesson;
	}

	private Lesson ofSchool(Caller caller, UUID lessonId) {
		return lessons.find(lessonId)
			.filter(l -> caller.actsIn(l.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.lesson.not-found"));
	}
}
