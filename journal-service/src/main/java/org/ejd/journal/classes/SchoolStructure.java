package org.ejd.journal.classes;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.directory.Directory;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.web.ApiException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A school admin sets up the school's classes, subjects and who teaches what. */
@Service
public class SchoolStructure {

	private final ClassBook classes;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	SchoolStructure(ClassBook classes, Directory directory, ApplicationEventPublisher events) {
		this.classes = classes;
		this.directory = directory;
		this.events = events;
	}

	@Transactional
	public ClassGroup createClassGroup(Caller caller, UUID schoolId, String name, ClassGroup.Kind kind, String academicYear,
			@Nullable UUID parentId) {
		requireAdmin(caller, schoolId);
		if (parentId != null && classes.find(parentId).filter(p -> p.schoolId().equals(schoolId)).isEmpty()) {
			throw ApiException.notFound("journal.class-group.not-found");
		}
		ClassGroup group = new ClassGroup(UUID.randomUUID(), schoolId, name, kind, academicYear, parentId);
		classes.insert(group);
		return group;
	}

	@Transactional
	public UUID enrol(Caller caller, UUID classGroupId, UUID studentId, LocalDate from) {
		ClassGroup group = groupOf(caller, classGroupId);
		UUID school = directory.schoolOfStudent(studentId)
			.orElseThrow(() -> ApiException.unprocessable("journal.student.unknown"));
		if (!school.equals(group.schoolId())) {
			throw ApiException.unprocessable("journal.student.other-school");
		}
		if (classes.enrolledOn(classGroupId, studentId, from)) {
			throw ApiException.conflict("journal.enrolment.exists");
		}
		UUID id = UUID.randomUUID();
		classes.enrol(id, classGroupId, studentId, from);
		events.publishEvent(new StudentEnrolled(id, studentId, group, from));
		return id;
	}

	@Transactional
	public ClassBook.Subject createSubject(Caller caller, UUID schoolId, String name) {
		requireAdmin(caller, schoolId);
		UUID id = UUID.randomUUID();
		classes.insertSubject(id, schoolId, name);
		return new ClassBook.Subject(id, schoolId, name);
	}

	@Transactional
	public UUID assign(Caller caller, UUID classGroupId, UUID teacherId, UUID subjectId, LocalDate from, @Nullable LocalDate to) {
		ClassGroup group = groupOf(caller, classGroupId);
		classes.subject(subjectId).filter(s -> s.schoolId().equals(group.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.subject.not-found"));
		if (!directory.isTeacherAt(teacherId, group.schoolId())) {
			throw ApiException.unprocessable("journal.teacher.unknown");
		}
		if (to != null && to.isBefore(from)) {
			throw ApiException.badRequest("journal.dates.reversed");
		}
		UUID id = UUID.randomUUID();
		classes.assign(id, teacherId, subjectId, classGroupId, from, to);
		return id;
	}

	private ClassGroup groupOf(Caller caller, UUID classGroupId) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> ApiException.notFound("journal.class-group.not-found"));
		requireAdmin(caller, group.schoolId());
		return group;
	}

	private static void requireAdmin(Caller caller, UUID schoolId) {
		if (!caller.has(Role.SCHOOL_ADMIN) || !caller.actsIn(schoolId)) {
			throw ApiException.forbidden("journal.school-admin-only");
		}
	}
}
