package org.ejd.diary.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who represents whom, and the students' names: diary's projection of identity's events. */
@Repository
public class Family {

	private final JdbcClient jdbc;

	Family(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsertStudent(UUID id, UUID schoolId, String lastName, String firstName, @Nullable String middleName, long version) {
		jdbc.sql("""
				insert into student (id, school_id, last_name, first_name, middle_name, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set school_id = excluded.school_id, last_name = excluded.last_name,
				  first_name = excluded.first_name, middle_name = excluded.middle_name, version = excluded.version
				where student.version < excluded.version""").params(id, schoolId, lastName, firstName, middleName, version).update();
	}

	void upsertRepresentation(UUID id, UUID guardianId, UUID studentId, LocalDate from, @Nullable LocalDate to, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, valid_from, valid_to, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to, version = excluded.version
				where representation.version < excluded.version""").params(id, guardianId, studentId, from, to, version).update();
	}

	/**
	 * The guardian no longer represents the student from {@code endedOn} (the last day is the day
	 * before). An end that overtakes its start leaves a row that was never active, with the higher
	 * version, so the late start cannot open the diary again.
	 */
	void endRepresentation(UUID id, UUID guardianId, UUID studentId, LocalDate endedOn, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, valid_from, valid_to, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set valid_to = excluded.valid_to, version = excluded.version
				where representation.version < excluded.version""")
			.params(id, guardianId, studentId, endedOn, endedOn.minusDays(1), version).update();
	}

	/** Whether the guardian represents the student today. */
	public boolean represents(UUID guardianId, UUID studentId) {
		return jdbc.sql("""
				select count(*) from representation where guardian_id = ? and student_id = ?
				and valid_from <= ? and (valid_to is null or valid_to >= ?)""")
			.params(guardianId, studentId, today(), today()).query(Integer.class).single() > 0;
	}

	public List<StudentCard> representedBy(UUID guardianId) {
		return jdbc.sql("""
				select s.id, s.school_id, s.last_name, s.first_name, s.middle_name from representation r
				join student s on s.id = r.student_id
				where r.guardian_id = ? and r.valid_from <= ? and (r.valid_to is null or r.valid_to >= ?)
				order by s.last_name, s.first_name""").params(guardianId, today(), today()).query(StudentCard.class).list();
	}

	public List<StudentCard> student(UUID studentId) {
		return jdbc.sql("select id, school_id, last_name, first_name, middle_name from student where id = ?")
			.param(studentId).query(StudentCard.class).list();
	}

	/** The school's day, not the database's: access ends at the school's midnight. */
	private static LocalDate today() {
		return LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
	}

	public record StudentCard(UUID id, UUID schoolId, String lastName, String firstName, @Nullable String middleName) {
	}
}
