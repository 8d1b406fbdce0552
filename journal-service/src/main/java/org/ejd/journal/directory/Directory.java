package org.ejd.journal.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.jdbc.Representations;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Journal's own copy of who is who, fed by identity's events (never a call to identity-service):
 * schools, students and staff with their roles. Each row keeps the version it was written at,
 * so an older event arriving late never overwrites a newer one.
 */
@Repository
public class Directory {

	private final JdbcClient jdbc;

	private final Representations representations;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.representations = new Representations(jdbc);
	}

	/** The representations, kept the one way (platform {@link Representations}); fed by {@link IdentityEvents}. */
	Representations representations() {
		return representations;
	}

	/** Whether the guardian represents the student on the day. */
	public boolean represents(UUID guardianId, UUID studentId, java.time.LocalDate day) {
		return representations.represents(guardianId, studentId, day);
	}

	void upsertSchool(UUID id, String name, String regionCode, @Nullable String timeZone, long version) {
		jdbc.sql("""
				insert into known_school (id, name, region_code, time_zone, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, region_code = excluded.region_code,
				  time_zone = excluded.time_zone, version = excluded.version
				where known_school.version < excluded.version""").params(id, name, regionCode, timeZone, version).update();
	}

	void upsertStudent(UUID id, UUID schoolId, String lastName, String firstName, long version) {
		jdbc.sql("""
				insert into known_student (id, school_id, last_name, first_name, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set school_id = excluded.school_id, last_name = excluded.last_name,
				  first_name = excluded.first_name, version = excluded.version
				where known_student.version < excluded.version""").params(id, schoolId, lastName, firstName, version).update();
	}

	void upsertStaff(UUID id, UUID schoolId, List<String> roles, String lastName, String firstName, long version) {
		jdbc.sql("""
				insert into known_staff (person_id, school_id, roles, last_name, first_name, version) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, school_id) do update set roles = excluded.roles, last_name = excluded.last_name,
				  first_name = excluded.first_name, version = excluded.version
				where known_staff.version < excluded.version""")
			.params(id, schoolId, roles.toArray(String[]::new), lastName, firstName, version).update();
	}

	/** "Last First" of a staff member as identity announced them, or "" if not known yet. */
	public String staffName(UUID personId, UUID schoolId) {
		return jdbc.sql("select last_name || ' ' || first_name from known_staff where person_id = ? and school_id = ?")
			.params(personId, schoolId).query(String.class).optional().orElse("");
	}

	/** The school's region code; empty for an unknown school or one known from before regions were kept. */
	public Optional<String> regionOfSchool(UUID schoolId) {
		return jdbc.sql("select region_code from known_school where id = ? and region_code is not null").param(schoolId)
			.query(String.class).optional();
	}

	/** The school's time zone id as identity published it; empty for an unknown school or one published without it. */
	Optional<String> timeZoneOfSchool(UUID schoolId) {
		return jdbc.sql("select time_zone from known_school where id = ? and time_zone is not null").param(schoolId)
			.query(String.class).optional();
	}

	public boolean knowsSchool(UUID schoolId) {
		return jdbc.sql("select count(*) from known_school where id = ?").param(schoolId).query(Integer.class).single() > 0;
	}

	public Optional<UUID> schoolOfStudent(UUID studentId) {
		return jdbc.sql("select school_id from known_student where id = ?").param(studentId).query(UUID.class).optional();
	}

	public boolean isTeacherAt(UUID personId, UUID schoolId) {
		return jdbc.sql("select count(*) from known_staff where person_id = ? and school_id = ? and 'teacher' = any(roles)")
			.params(personId, schoolId).query(Integer.class).single() > 0;
	}
}
