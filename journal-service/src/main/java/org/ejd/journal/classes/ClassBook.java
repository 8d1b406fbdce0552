package org.ejd.journal.classes;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.journal.access.ClassTeachers;
import org.ejd.journal.access.TeachingAssignments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Class groups, enrolments, subjects and teaching assignments in journal's database. */
@Repository
public class ClassBook implements ClassTeachers, TeachingAssignments {

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
		// mapped by hand: read on every journal write (issue 13)
		return jdbc.sql("select id, school_id, name, kind, academic_year, parent_id from class_group where id = ?")
			.param(id).query((rs, n) -> new ClassGroup(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
					rs.getString("name"), ClassGroup.Kind.valueOf(rs.getString("kind")), rs.getString("academic_year"),
					rs.getObject("parent_id", UUID.class)))
			.optional();
	}

	void enrol(UUID id, UUID classGroupId, UUID studentId, LocalDate from) {
		jdbc.sql("insert into enrolment (id, class_group_id, student_id, enrolled_from) values (?, ?, ?, ?)")
			.params(id, classGroupId, studentId, from).update();
	}

	/** The student's enrolment in the group on the day, if any: id and start. */
	public Optional<Enrolment> enrolmentOn(UUID classGroupId, UUID studentId, LocalDate date) {
		return jdbc.sql("""
				select id, enrolled_from from enrolment where class_group_id = ? and student_id = ?
				and enrolled_from <= ? and (enrolled_to is null or enrolled_to >= ?)""")
			.params(classGroupId, studentId, date, date).query(Enrolment.class).optional();
	}

	void endEnrolment(UUID enrolmentId, LocalDate lastDay) {
		jdbc.sql("update enrolment set enrolled_to = ? where id = ?").params(lastDay, enrolmentId).update();
	}

	public record Enrolment(UUID id, LocalDate enrolledFrom) {
	}

	/** The class (not a subgroup or stream) the student belongs to on the day, if any. */
	public Optional<UUID> classOf(UUID studentId, LocalDate date) {
		return jdbc.sql("""
				select e.class_group_id from enrolment e join class_group g on g.id = e.class_group_id
				where e.student_id = ? and g.kind = 'CLASS' and e.enrolled_from <= ? and (e.enrolled_to is null or e.enrolled_to >= ?)
				order by e.enrolled_from desc limit 1""")
			.params(studentId, date, date).query(UUID.class).optional();
	}

	/** Which of the students are enrolled in the group on the day: one statement for a whole class. */
	public Set<UUID> enrolledOn(UUID classGroupId, Collection<UUID> studentIds, LocalDate date) {
		if (studentIds.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(jdbc.sql("""
				select student_id from enrolment where class_group_id = :group and student_id = any(:students)
				and enrolled_from <= :day and (enrolled_to is null or enrolled_to >= :day)""")
			.param("group", classGroupId).param("students", studentIds.toArray(UUID[]::new)).param("day", date)
			.query(UUID.class).list());
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
		return jdbc.sql("select id, school_id, name from subject where id = ?").param(id)
			.query((rs, n) -> new Subject(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class), rs.getString("name")))
			.optional();
	}

	void assign(UUID id, UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate from, @Nullable LocalDate to) {
		jdbc.sql("""
				insert into teaching_assignment (id, teacher_id, subject_id, class_group_id, valid_from, valid_to)
				values (?, ?, ?, ?, ?, ?)""").params(id, teacherId, subjectId, classGroupId, from, to).update();
	}

	void setClassTeacher(UUID classGroupId, UUID teacherId) {
		jdbc.sql("update class_group set class_teacher_id = ? where id = ?").params(teacherId, classGroupId).update();
	}

	/** Whether the person is the appointed class teacher (классный руководитель) of this class group. */
	@Override
	public boolean leads(UUID personId, UUID classGroupId) {
		return jdbc.sql("select count(*) from class_group where id = ? and class_teacher_id = ?")
			.params(classGroupId, personId).query(Integer.class).single() > 0;
	}

	/** A substitute's right to keep the journal of one lesson's day. */
	public void assignForOneDay(UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate day) {
		if (!teaches(teacherId, subjectId, classGroupId, day)) {
			assign(UUID.randomUUID(), teacherId, subjectId, classGroupId, day, day);
		}
	}

	/** Whether the teacher teaches the subject to the class group on that day (J: a teacher writes only within their assignments). */
	@Override
	public boolean teaches(UUID teacherId, UUID subjectId, UUID classGroupId, LocalDate date) {
		return jdbc.sql("""
				select count(*) from teaching_assignment where teacher_id = ? and subject_id = ? and class_group_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(teacherId, subjectId, classGroupId, date, date).query(Integer.class).single() > 0;
	}

	/**
	 * Who teaches the subject to the class group on that day: the teacher an integration client enters a mark for
	 * (ADR 0042); of two, the one assigned last.
	 */
	public Optional<UUID> teacherOf(UUID subjectId, UUID classGroupId, LocalDate date) {
		return jdbc.sql("""
				select teacher_id from teaching_assignment where subject_id = ? and class_group_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?) order by valid_from desc, teacher_id limit 1""")
			.params(subjectId, classGroupId, date, date).query(UUID.class).optional();
	}

	/** What a teacher teaches on a day: class groups and subjects with their names. */
	public List<Assignment> assignmentsOf(UUID teacherId, LocalDate day) {
		return jdbc.sql("""
				select a.class_group_id, g.name as class_group_name, a.subject_id, s.name as subject_name, a.valid_from, a.valid_to
				from teaching_assignment a join class_group g on g.id = a.class_group_id join subject s on s.id = a.subject_id
				where a.teacher_id = ? and a.valid_from <= ? and (a.valid_to is null or a.valid_to >= ?)
				order by g.name, s.name""").params(teacherId, day, day).query(Assignment.class).list();
	}

	/** The students of a class group on a day, by name. */
	public List<Pupil> pupils(UUID classGroupId, LocalDate day) {
		return jdbc.sql("""
				select e.student_id, st.last_name, st.first_name from enrolment e
				left join known_student st on st.id = e.student_id
				where e.class_group_id = ? and e.enrolled_from <= ? and (e.enrolled_to is null or e.enrolled_to >= ?)
				order by st.last_name, st.first_name""").params(classGroupId, day, day).query(Pupil.class).list();
	}

	public boolean teachesAnything(UUID teacherId, UUID classGroupId, LocalDate day) {
		return teachesAnythingBetween(teacherId, classGroupId, day, day);
	}

	@Override
	public boolean teachesAnythingBetween(UUID teacherId, UUID classGroupId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select count(*) from teaching_assignment where teacher_id = ? and class_group_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(teacherId, classGroupId, to, from).query(Integer.class).single() > 0;
	}

	public record Subject(UUID id, UUID schoolId, @Schema(example = "Математика") String name) {
	}

	public record Assignment(UUID classGroupId, String classGroupName, UUID subjectId, String subjectName, LocalDate validFrom,
			@Nullable LocalDate validTo) {
	}

	public record Pupil(UUID studentId, @Nullable String lastName, @Nullable String firstName) {
	}
}
