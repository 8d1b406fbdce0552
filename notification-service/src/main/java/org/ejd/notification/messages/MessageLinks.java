package org.ejd.notification.messages;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is linked to whom, as the data says: a teacher teaching a class group the student attends on the day, or the
 * school admin or a deputy head of the student's school. Fed by {@link LinkEvents} from identity's and journal's events.
 */
@Repository
class MessageLinks {

	private final JdbcClient jdbc;

	MessageLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsertStaff(UUID personId, UUID schoolId, List<String> roles, String lastName, String firstName, long version) {
		jdbc.sql("""
				insert into staff (person_id, school_id, roles, last_name, first_name, version) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, school_id) do update set roles = excluded.roles, last_name = excluded.last_name,
				  first_name = excluded.first_name, version = excluded.version
				where staff.version < excluded.version""")
			.params(personId, schoolId, String.join(",", roles), lastName, firstName, version).update();
	}

	void upsertTeaching(UUID assignmentId, UUID schoolId, UUID classGroupId, String subjectName, UUID teacherId, String teacherName,
			LocalDate from, @Nullable LocalDate to, long version) {
		jdbc.sql("""
				insert into teaching (assignment_id, school_id, class_group_id, subject_name, teacher_id, teacher_name, valid_from, valid_to,
				  version) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (assignment_id) do update set subject_name = excluded.subject_name, teacher_name = excluded.teacher_name,
				  valid_from = excluded.valid_from, valid_to = excluded.valid_to, version = excluded.version
				where teaching.version < excluded.version""")
			.params(assignmentId, schoolId, classGroupId, subjectName, teacherId, teacherName, from, to, version).update();
	}

	void upsertEnrolment(UUID enrolmentId, UUID studentId, UUID classGroupId, UUID schoolId, LocalDate from, @Nullable LocalDate to,
			long version) {
		jdbc.sql("""
				insert into message_enrolment (enrolment_id, student_id, class_group_id, school_id, valid_from, valid_to, version)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (enrolment_id) do update set class_group_id = excluded.class_group_id, valid_from = excluded.valid_from,
				  valid_to = excluded.valid_to, version = excluded.version
				where message_enrolment.version < excluded.version""")
			.params(enrolmentId, studentId, classGroupId, schoolId, from, to, version).update();
	}

	/** Whether the person teaches the student on the day, is the class teacher of their class, or administers their school. */
	boolean linked(UUID staffId, UUID studentId, UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select (exists (select 1 from teaching t join message_enrolment e on e.class_group_id = t.class_group_id
				    where t.teacher_id = :staff and e.student_id = :student
				      and t.valid_from <= :day and (t.valid_to is null or t.valid_to >= :day)
				      and e.valid_from <= :day and (e.valid_to is null or e.valid_to >= :day))
				  or exists (select 1 from class_leader c join message_enrolment e on e.class_group_id = c.class_group_id
				    where c.teacher_id = :staff and e.student_id = :student
				      and e.valid_from <= :day and (e.valid_to is null or e.valid_to >= :day))
				  or exists (select 1 from staff s where s.person_id = :staff and s.school_id = :school
				    and (',' || s.roles || ',' like '%,school-admin,%' or ',' || s.roles || ',' like '%,deputy-head,%')))""")
			.param("staff", staffId).param("student", studentId).param("school", schoolId).param("day", day)
			.query(Boolean.class).single();
	}

	void upsertClassLeader(UUID classGroupId, UUID schoolId, UUID teacherId, @Nullable String teacherName, long version) {
		jdbc.sql("""
				insert into class_leader (class_group_id, school_id, teacher_id, teacher_name, version) values (?, ?, ?, ?, ?)
				on conflict (class_group_id) do update set teacher_id = excluded.teacher_id, teacher_name = excluded.teacher_name,
				  version = excluded.version
				where class_leader.version < excluded.version""")
			.params(classGroupId, schoolId, teacherId, teacherName, version).update();
	}

	/** The school of a class group the journal told of (its teaching, its class teacher or its students). */
	Optional<UUID> schoolOfClassGroup(UUID classGroupId) {
		return jdbc.sql("""
				select school_id from teaching where class_group_id = :group
				union select school_id from class_leader where class_group_id = :group
				union select school_id from message_enrolment where class_group_id = :group limit 1""")
			.param("group", classGroupId).query(UUID.class).optional();
	}

	/** Whether the person teaches the class group on the day, leads it (its class teacher), or administers its school. */
	boolean linkedToClass(UUID staffId, UUID classGroupId, UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select (exists (select 1 from teaching t where t.teacher_id = :staff and t.class_group_id = :group
				      and t.valid_from <= :day and (t.valid_to is null or t.valid_to >= :day))
				  or exists (select 1 from class_leader c where c.teacher_id = :staff and c.class_group_id = :group)
				  or exists (select 1 from staff s where s.person_id = :staff and s.school_id = :school
				    and (',' || s.roles || ',' like '%,school-admin,%' or ',' || s.roles || ',' like '%,deputy-head,%')))""")
			.param("staff", staffId).param("group", classGroupId).param("school", schoolId).param("day", day)
			.query(Boolean.class).single();
	}

	/** The students attending the class group on the day. */
	List<UUID> studentsOf(UUID classGroupId, LocalDate day) {
		return jdbc.sql("""
				select distinct student_id from message_enrolment where class_group_id = ?
				  and valid_from <= ? and (valid_to is null or valid_to >= ?) order by student_id""")
			.params(classGroupId, day, day).query(UUID.class).list();
	}

	/** "Last First" of a member of staff, as identity or the journal named them. */
	Optional<String> staffName(UUID staffId, UUID schoolId) {
		return jdbc.sql("""
				select name from (
				  select last_name || ' ' || first_name as name, 1 as pref from staff where person_id = ? and school_id = ?
				  union all select teacher_name, 2 from teaching where teacher_id = ? and school_id = ?
				  union all select teacher_name, 3 from class_leader where teacher_id = ? and school_id = ? and teacher_name <> '') n
				where name is not null order by pref limit 1""")
			.params(staffId, schoolId, staffId, schoolId, staffId, schoolId).query(String.class).optional();
	}
}
