package org.ejd.journal.classes;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Class groups, enrolments, subjects and teaching assignments in journal's database. */
@Repository
public class ClassBook {

	private final JdbcClient jdbc;

	ClassBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ClassGroup group) {
		jdbc.sql("insert into class_group (id, school_id, name, kind, academic_year, parent_id) values (?, ?, ?, ?, ?, ?)")
			.params(group.id(), group.schoolId(), group.name(), group.kind().name(), group.academicYear(), group.parentId())
			.update();
	}

	public Optional<ClassGroup> find(UUID id) {
		return jdbc.sql("select id, school_id, name, kind, academic_year, parent_id from class_group where id = ?")
			.param(id).query(ClassGroup.class).optional();
	}

	void enrol(UUID id, UUID classGroupId, UUID studentId, LocalDate from) {
		jdbc.sql("insert into enrolment (id, class_group_id, student_id, enrolled_from) values (?, ?, ?, ?)")
			.params(id, classGroupId, studentId, from).update();
	}

	public boolean enrolledOn(UUID classGroupId, UUID studentId, LocalDate date) {
		return jdbc.sql("""
				select count(*) from enrolment where class_group_id = ? and student_id = ?
				and enrolled_from <= ? and (enrolled_to is null or enrolled_to >= ?)""")
			.params(classGroupId, studentId, date, date).query(Integer.class).single() > 0;
	}

	void insertSubject(UUID id, UUID schoolId, String name) {
		jdbc.sql("insert into subject (id, school_id, name) values (?, ?, ?)").params(id, schoolId, name).update();
	}

	public Optional<Subject> subject(UUID id) {
		return jdbc.sql("select id, school_id, name from subject where id = ?").param(id).query(Subject.class).optional();
	}

	void assign(UUID id, UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate from, @Nullable LocalDate to) {
		jdbc.sql("""
				insert into teaching_assignment (id, teacher_id, subject_id, class_group_id, valid_from, valid_to)
				values (?, ?, ?, ?, ?, ?)""").params(id, teacherId, subjectId, classGroupId, from, to).update();
	}

	/** A substitute's right to keep the journal of one lesson's day. */
	public void assignForOneDay(UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate day) {
		if (!teaches(teacherId, subjectId, classGroupId, day)) {
			assign(UUID.randomUUID(), teacherId, subjectId, classGroupId, day, day);
		}
	}

	/** Whether the teacher teaches the subject to the class group on that day (J: a teacher writes only within their assignments). */
	public boolean teaches(UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate date) {
		return jdbc.sql("""
				select count(*) from teaching_assignment where teacher_id = ? and subject_id = ? and class_group_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(teacherId, subjectId, classGroupId, date, date).query(Integer.class).single() > 0;
	}

	public record Subject(UUID id, UUID schoolId, String name) {
	}
}
