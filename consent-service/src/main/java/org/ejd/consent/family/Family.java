package org.ejd.consent.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.consent.domain.FamilyMember;
import org.ejd.platform.jdbc.Representations;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.SchoolZones;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who is a student of which school (and how old), who is a guardian, who represents whom:
 * consent-service's projection of identity's events. Upserts are versioned, so a late or repeated
 * event never overwrites a newer state.
 */
@Repository
public class Family implements SchoolZones {

	private static final String ACTIVE_ON_DAY = Representations.ACTIVE_ON;

	private final JdbcClient jdbc;

	private final Representations representations;

	Family(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.representations = new Representations(jdbc);
	}

	void upsertSchool(UUID id, String regionCode, @Nullable String timeZone, long version) {
		jdbc.sql("""
				insert into known_school (id, region_code, time_zone, version) values (?, ?, ?, ?)
				on conflict (id) do update set region_code = excluded.region_code, time_zone = excluded.time_zone,
				  version = excluded.version
				where known_school.version < excluded.version""").params(id, regionCode, timeZone, version).update();
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return jdbc.sql("select time_zone from known_school where id = ?").param(schoolId).query(String.class).optional()
			.flatMap(SchoolTime::parseZone);
	}

	/** The region of a school; empty when identity has not told us of the school. */
	public java.util.Optional<String> regionOf(UUID schoolId) {
		return jdbc.sql("select region_code from known_school where id = ?").param(schoolId).query(String.class).optional();
	}

	void upsertStudent(UUID id, UUID schoolId, LocalDate birthDate, long version) {
		upsertPerson(id, FamilyMember.Kind.STUDENT, schoolId, birthDate, version);
	}

	void upsertGuardian(UUID id, @Nullable UUID registeringSchoolId, long version) {
		upsertPerson(id, FamilyMember.Kind.GUARDIAN, registeringSchoolId, null, version);
	}

	private void upsertPerson(UUID id, FamilyMember.Kind kind, @Nullable UUID schoolId, @Nullable LocalDate birthDate, long version) {
		jdbc.sql("""
				insert into person (id, kind, school_id, birth_date, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set kind = excluded.kind, school_id = excluded.school_id,
				  birth_date = excluded.birth_date, version = excluded.version
				where person.version < excluded.version""")
			.params(id, kind.name(), schoolId, birthDate, version).update();
	}

	/** The representations, kept the one way (platform {@link Representations}); fed by {@link IdentityEvents}. */
	Representations representations() {
		return representations;
	}

	public Optional<FamilyMember> find(UUID id) {
		return jdbc.sql("select id, kind, school_id, birth_date from person where id = ?")
			.param(id).query(FamilyMember.class).optional();
	}

	/** Whether the guardian represents the student on the day. */
	public boolean represents(UUID guardianId, UUID studentId, LocalDate day) {
		return representations.represents(guardianId, studentId, day);
	}

	/**
	 * Whether the person is or was of the school: its student, a guardian it registered, or one who ever represented one
	 * of its students (an audit asks about the past links too, as the school's history export does).
	 */
	public boolean everOf(UUID personId, UUID schoolId) {
		return jdbc.sql("""
				select exists (select 1 from person where id = :person and school_id = :school)
				  or exists (select 1 from representation r join person s on s.id = r.student_id
				             where r.guardian_id = :person and s.school_id = :school)""")
			.param("person", personId).param("school", schoolId).query(Boolean.class).single();
	}

	/** The schools a person belongs to on the day: a student's school; a guardian's registering school and their children's. */
	public Set<UUID> schoolsOf(FamilyMember person, LocalDate day) {
		Set<UUID> schools = new LinkedHashSet<>();
		if (person.schoolId() != null) {
			schools.add(person.schoolId());
		}
		if (person.kind() == FamilyMember.Kind.GUARDIAN) {
			schools.addAll(jdbc.sql("select distinct s.school_id from representation r join person s on s.id = r.student_id "
					+ "where r.guardian_id = :guardian and s.school_id is not null and " + ACTIVE_ON_DAY)
				.param("guardian", person.id()).param("day", day).query(UUID.class).list());
		}
		return schools;
	}
}
