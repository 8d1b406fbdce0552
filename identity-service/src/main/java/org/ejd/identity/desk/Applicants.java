package org.ejd.identity.desk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the application form is pre-filled with, read from the registry. */
@Repository
class Applicants {

	private final JdbcClient jdbc;

	Applicants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Applicant> find(UUID personId) {
		return jdbc.sql("""
				select p.id, p.kind, p.school_id, s.name as school_name, s.region_code, s.time_zone, p.last_name, p.first_name,
				  p.middle_name, p.birth_date
				from person p join school s on s.id = p.school_id where p.id = ?""")
			.param(personId)
			.query(Applicant.class)
			.optional();
	}

	/** The students the guardian represents on that day (the school's today), with their school. */
	List<Child> childrenOf(UUID guardianId, LocalDate day) {
		return jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, p.birth_date, s.name as school_name
				from representation r join person p on p.id = r.student_id join school s on s.id = p.school_id
				where r.guardian_id = ? and r.valid_from <= ? and (r.valid_to is null or r.valid_to >= ?)
				  and not exists (select 1 from student_departure d where d.person_id = p.id and d.left_on <= ?)
				order by p.last_name, p.first_name""")
			.params(guardianId, day, day, day)
			.query(Child.class)
			.list();
	}

	record Applicant(UUID id, String kind, UUID schoolId, String schoolName, String regionCode, String timeZone, String lastName,
			String firstName, @Nullable String middleName, @Nullable LocalDate birthDate) {
	}

	record Child(UUID id, String lastName, String firstName, @Nullable String middleName, @Nullable LocalDate birthDate, String schoolName) {
	}
}
