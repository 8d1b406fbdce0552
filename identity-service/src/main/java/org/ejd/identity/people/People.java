package org.ejd.identity.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.jdbc.UtcTimestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person registry in identity's database. */
@Repository
public class People {

	private static final String COLUMNS = "id, kind, school_id, last_name, first_name, middle_name, birth_date, snils, version";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	People(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	void insert(Person person) {
		jdbc.sql("insert into person (" + COLUMNS + ") values (:id, :kind, :schoolId, :lastName, :firstName, :middleName, :birthDate, :snils, :version)")
			.param("id", person.id())
			.param("kind", person.kind().name())
			.param("schoolId", person.schoolId())
			.param("lastName", person.lastName())
			.param("firstName", person.firstName())
			.param("middleName", person.middleName())
			.param("birthDate", person.birthDate())
			.param("snils", person.snils())
			.param("version", person.version())
			.update();
	}

	/** New persons in one JDBC batch (the driver sends it as multi-row inserts: reWriteBatchedInserts). */
	void insertAll(List<Person> persons) {
		if (persons.isEmpty()) {
			return;
		}
		jdbcTemplate.batchUpdate("insert into person (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)", persons, persons.size(),
				(ps, person) -> {
					ps.setObject(1, person.id());
					ps.setString(2, person.kind().name());
					ps.setObject(3, person.schoolId(), java.sql.Types.OTHER);
					ps.setString(4, person.lastName());
					ps.setString(5, person.firstName());
					ps.setString(6, person.middleName());
					ps.setObject(7, person.birthDate(), java.sql.Types.DATE);
					ps.setString(8, person.snils());
					ps.setLong(9, person.version());
				});
	}

	/** The persons of these ids that exist, in one statement. */
	public List<Person> findAll(java.util.Collection<UUID> ids) {
		return jdbc.sql("select " + COLUMNS + " from person where id = any(?)").param(ids.toArray(UUID[]::new)).query(Person.class).list();
	}

	public Optional<Person> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from person where id = ?").param(id).query(Person.class).optional();
	}

	public Optional<Person> findBySnils(String snils) {
		return jdbc.sql("select " + COLUMNS + " from person where snils = ?").param(snils).query(Person.class).optional();
	}

	/** Keeps a guardian's SNILS (C4: only under a consent in force); not published, so the person's version stays. */
	/**
	 * Whether another person holds the ESIA id: recorded by a school, or named by an active portal link (identity keeps
	 * one person per ESIA id, so FGIS finds exactly one).
	 */
	boolean esiaIdTaken(String esiaId, UUID personId) {
		return jdbc.sql("""
				select count(*) from (select id as person_id from person where esia_id = ?
				  union all select person_id from portal_link where esia_id = ? and ended_at is null) held where person_id <> ?""")
			.params(esiaId, esiaId, personId).query(Integer.class).single() > 0;
	}

	/** Whether a school recorded the ESIA id for another person (a portal may not link it to this one). */
	public boolean esiaIdRecordedForAnother(String esiaId, UUID personId) {
		return jdbc.sql("select count(*) from person where esia_id = ? and id <> ?").params(esiaId, personId)
			.query(Integer.class).single() > 0;
	}

	/** The ESIA id the school recorded for the person, if any. */
	Optional<String> esiaIdOf(UUID personId) {
		return jdbc.sql("select esia_id from person where id = ? and esia_id is not null").param(personId).query(String.class)
			.optional();
	}

	/** Records (or with null clears) the person's ESIA id; returns the person's new version. */
	long storeEsiaId(UUID personId, @Nullable String esiaId) {
		return jdbc.sql("update person set esia_id = ?, version = version + 1 where id = ? returning version")
			.params(esiaId, personId).query(Long.class).single();
	}

	void storeSnils(UUID personId, String snils) {
		jdbc.sql("update person set snils = ? where id = ?").params(snils, personId).update();
	}

	/** Forgets a SNILS whose consent ended (C4). */
	void eraseSnils(UUID personId) {
		jdbc.sql("update person set snils = null where id = ? and snils is not null").param(personId).update();
	}

	public boolean snilsTaken(String snils) {
		return jdbc.sql("select count(*) from person where snils = ?").param(snils).query(Integer.class).single() > 0;
	}

	/** Records that a student left; returns the person's new version, or -1 when a departure was recorded before. */
	long recordDeparture(UUID personId, UUID schoolId, LocalDate leftOn, @Nullable String reason,
			Instant at, String by) {
		int inserted = jdbc.sql("""
				insert into student_departure (person_id, school_id, left_on, reason, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(personId, schoolId, leftOn, reason, UtcTimestamps.at(at), by).update();
		if (inserted == 0) {
			return -1;
		}
		return jdbc.sql("update person set version = version + 1 where id = ? returning version").param(personId)
			.query(Long.class).single();
	}

	/** Appoints the person an operator of the region (again: nothing changes). */
	void appointToRegion(UUID personId, String regionCode, Instant at, String by) {
		jdbc.sql("""
				insert into region_operator (person_id, region_code, appointed_at, appointed_by) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(personId, regionCode, UtcTimestamps.at(at), by).update();
	}

	/** The regions a person operates in; empty for everyone but region operators. */
	public List<String> regionsOf(UUID personId) {
		return jdbc.sql("select region_code from region_operator where person_id = ? order by region_code").param(personId)
			.query(String.class).list();
	}

	/** Replaces the person's roles at the school; returns the staff appointment's new version. */
	long appoint(UUID personId, UUID schoolId, List<String> roles) {
		jdbc.sql("delete from staff_role where person_id = ? and school_id = ?").params(personId, schoolId).update();
		for (String role : roles) {
			jdbc.sql("insert into staff_role (person_id, school_id, role) values (?, ?, ?)").params(personId, schoolId, role).update();
		}
		return jdbc.sql("""
				insert into staff_appointment (person_id, school_id, version) values (?, ?, 1)
				on conflict (person_id, school_id) do update set version = staff_appointment.version + 1
				returning version""").params(personId, schoolId).query(Long.class).single();
	}

	public List<StaffRole> rolesOf(UUID personId) {
		return jdbc.sql("select school_id, role from staff_role where person_id = ?").param(personId).query(StaffRole.class).list();
	}

	public record StaffRole(UUID schoolId, String role) {
	}
}
