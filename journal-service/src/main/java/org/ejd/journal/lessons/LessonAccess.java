package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.springframework.stereotype.Component;

/** Which lessons a caller may keep or read, answered alike for every lesson use case; another school's lesson is unknown. */
@Component
class LessonAccess {

	private final Lessons lessons;

	private final ClassBook classes;

	private final SchoolRoles roles;

	LessonAccess(Lessons lessons, ClassBook classes, SchoolRoles roles) {
		this.lessons = lessons;
		this.classes = classes;
		this.roles = roles;
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

	/** A lesson the caller may read: any teacher of the school, the class's class teacher, the administration. */
	Lesson readable(Caller caller, UUID lessonId) {
		return lessons.find(lessonId)
			.filter(l -> caller.actsIn(l.schoolId())
					&& (caller.has(Role.TEACHER) || roles.leadsOrAdministers(caller, l.schoolId(), l.classGroupId())))
			.orElseThrow(() -> Refusal.unknown("journal.lesson.not-found"));
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
