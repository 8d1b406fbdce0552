package org.ejd.identity.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.jdbc.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools' access policies, and the people a no-application policy still owes an application. */
@Repository
class AccessPolicies {

	private final JdbcClient jdbc;

	AccessPolicies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean withoutApplication(UUID schoolId) {
		return jdbc.sql("select without_application from access_policy where school_id = ?").param(schoolId).query(Boolean.class)
			.optional().orElse(false);
	}

	/** Sets the school's policy; returns its new version. */
	long set(UUID schoolId, boolean withoutApplication, Instant at, String by) {
		return jdbc.sql("""
				insert into access_policy (school_id, without_application, set_at, set_by, version) values (?, ?, ?, ?, 1)
				on conflict (school_id) do update set without_application = excluded.without_application, set_at = excluded.set_at,
				  set_by = excluded.set_by, version = access_policy.version + 1
				returning version""")
			.params(schoolId, withoutApplication, UtcTimestamps.at(at), by)
			.query(Long.class)
			.single();
	}

	/**
	 * Guardians (representing a student today) and students (who have not left) of schools under the no-application
	 * policy with no account and no application ever: the school refused one, or issued a code, is not overridden.
	 * Locked for this transaction; another instance skips them.
	 */
	List<Owed> owed(int limit) {
		return jdbc.sql("""
				select p.id as person_id, p.kind, p.school_id, s.time_zone
				from person p
				  join school s on s.id = p.school_id
				  join access_policy ap on ap.school_id = s.id and ap.without_application
				where p.kind in ('GUARDIAN', 'STUDENT')
				  and not exists (select 1 from account a where a.person_id = p.id)
				  and not exists (select 1 from access_application x where x.person_id = p.id)
				  and not exists (select 1 from student_departure d where d.person_id = p.id)
				  and (p.kind = 'STUDENT' or exists (
				    select 1 from representation r join person c on c.id = r.student_id join school cs on cs.id = c.school_id
				    where r.guardian_id = p.id and (r.valid_to is null or r.valid_to >= (now() at time zone cs.time_zone)::date)))
				order by p.id
				limit ?
				for update of p skip locked""")
			.param(limit)
			.query((rs, n) -> new Owed(rs.getObject("person_id", UUID.class), rs.getString("kind"), rs.getObject("school_id", UUID.class),
					rs.getString("time_zone")))
			.list();
	}

	/** Opens the application the policy owes; false when one appeared meanwhile (the one open application per person). */
	boolean open(UUID id, Owed owed, Instant at, LocalDate registeredOn, LocalDate deadline) {
		return jdbc.sql("""
				insert into access_application (id, person_id, school_id, applicant, channel, submitted_by, submitted_client,
				  registered_at, registered_on, deadline, status, version, without_application)
				values (?, ?, ?, ?, 'DESK', 'ejd', 'ejd', ?, ?, ?, 'OPEN', 1, true)
				on conflict do nothing""")
			.params(id, owed.personId(), owed.schoolId(), owed.kind(), UtcTimestamps.at(at), registeredOn, deadline)
			.update() > 0;
	}

	record Owed(UUID personId, String kind, UUID schoolId, String timeZone) {
	}
}
