package org.ejd.journal.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.directory.Directory;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
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

	private final SchoolRoles roles;

	private final SchoolTime time;

	SchoolStructure(ClassBook classes, Directory directory, ApplicationEventPublisher events, SchoolRoles roles, SchoolTime time) {
		this.classes = classes;
		this.directory = directory;
		this.events = events;
		this.roles = roles;
		this.time = time;
	}

	@Transactional
	public ClassGroup createClassGroup(Caller caller, UUID schoolId, String name, ClassGroup.Kind kind, String academicYear,
			@Nullable UUID parentId) {
		requireAdmin(caller, schoolId);
		if (parentId != null && classes.find(parentId).filter(p -> p.schoolId().equals(schoolId)).isEmpty()) {
			throw Refusal.unknown("journal.class-group.not-found");
		}
		ClassGroup group = new ClassGroup(UUID.randomUUID(), schoolId, name, kind, academicYear, parentId);
		classes.insert(group);
		return group;
	}

	@Transactional
	public UUID enrol(Caller caller, UUID classGroupId, UUID studentId, LocalDate from) {
		ClassGroup group = groupOf(caller, classGroupId);
		UUID school = directory.schoolOfStudent(studentId)
			.orElseThrow(() -> Refusal.againstRule("journal.student.unknown"));
		if (!school.equals(group.schoolId())) {
			throw Refusal.againstRule("journal.student.other-school");
		}
		if (classes.enrolledOn(classGroupId, studentId, from)) {
			throw Refusal.conflict("journal.enrolment.exists");
		}
		UUID id = UUID.randomUUID();
		classes.enrol(id, classGroupId, studentId, from);
		events.publishEvent(new StudentEnrolled(id, studentId, group, from, time.now()));
		return id;
	}

	/**
	 * A student moves to another class group from a day: the old enrolment ends the day before and
	 * keeps its history (marks, attendance stay with the old group); a new one starts.
	 */
	@Transactional
	public UUID transfer(Caller caller, UUID fromGroupId, UUID studentId, UUID toGroupId, LocalDate from) {
		ClassGroup source = groupOf(caller, fromGroupId);
		ClassGroup target = groupOf(caller, toGroupId);
		if (!source.schoolId().equals(target.schoolId()) || source.id().equals(target.id())) {
			throw Refusal.invalid("journal.enrolment.bad-transfer");
		}
		ClassBook.Enrolment current = classes.enrolmentOn(source.id(), studentId, from)
			.orElseThrow(() -> Refusal.againstRule("journal.mark.not-enrolled"));
		if (!current.enrolledFrom().isBefore(from)) {
			throw Refusal.invalid("journal.enrolment.bad-transfer");
		}
		classes.endEnrolment(current.id(), from.minusDays(1));
		Instant now = time.now();
		events.publishEvent(new StudentEnrolled(current.id(), studentId, source, current.enrolledFrom(), now)
			.ended(from.minusDays(1), now));
		return enrol(caller, target.id(), studentId, from);
	}

	/** The school admin names the class teacher of a class group; they read the whole class; announced on journal.teaching.v1. */
	@Transactional
	public void appointClassTeacher(Caller caller, UUID classGroupId, UUID teacherId) {
		ClassGroup group = groupOf(caller, classGroupId);
		if (!directory.isTeacherAt(teacherId, group.schoolId())) {
			throw Refusal.againstRule("journal.teacher.unknown");
		}
		classes.setClassTeacher(group.id(), teacherId);
		events.publishEvent(new ClassTeacherAppointed(UUID.randomUUID(), time.now(), group, teacherId,
				directory.staffName(teacherId, group.schoolId())));
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
			.orElseThrow(() -> Refusal.unknown("journal.subject.not-found"));
		if (!directory.isTeacherAt(teacherId, group.schoolId())) {
			throw Refusal.againstRule("journal.teacher.unknown");
		}
		if (to != null && to.isBefore(from)) {
			throw Refusal.invalid("journal.dates.reversed");
		}
		UUID id = UUID.randomUUID();
		classes.assign(id, teacherId, subjectId, classGroupId, from, to);
		events.publishEvent(new TeacherAssigned(id, group, subjectId, classes.subject(subjectId).orElseThrow().name(), teacherId,
				directory.staffName(teacherId, group.schoolId()), from, to, time.now()));
		return id;
	}

	private ClassGroup groupOf(Caller caller, UUID classGroupId) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		requireAdmin(caller, group.schoolId());
		return group;
	}

	/** The school's structure is its admin's alone; unlike its rules, an outsider learns only "not allowed". */
	private void requireAdmin(Caller caller, UUID schoolId) {
		if (!roles.isSchoolAdmin(caller, schoolId)) {
			throw Refusal.notAllowed(SchoolRoles.ADMIN_ONLY);
		}
	}
}
