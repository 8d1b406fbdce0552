package org.ejd.consent.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.consent.domain.FamilyMember;
import org.ejd.contracts.identity.RepresentationTerm;
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

	/** The days {@link RepresentationTerm} makes of a representation's start and end, kept with the row. */
	private static final String ACTIVE_ON_DAY = """
			r.active_from <= :day and (r.active_to is null or r.active_to >= :day)""";

	private final JdbcClient jdbc;

	Family(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	void establish(UUID id, UUID guardianId, UUID studentId, LocalDate from, @Nullable LocalDate to, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, valid_from, valid_to, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to,
				  version = greatest(representation.version, excluded.version)
				where representation.version < excluded.version""")
			.params(id, guardianId, studentId, from, to, version).update();
		applyTerm(id);
	}

	/** An end may arrive before its start (reordered): it is kept, and the late start covers only the days before it. */
	void end(UUID id, UUID guardianId, UUID studentId, LocalDate endedOn, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, ended_on, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set ended_on = least(representation.ended_on, excluded.ended_on),
				  version = greatest(representation.version, excluded.version)""")
			.params(id, guardianId, studentId, endedOn, version).update();
		applyTerm(id);
	}

	/** Stores what the one rule of representation makes of the facts kept so far. */
	private void applyTerm(UUID id) {
		RepresentationTerm term = jdbc.sql("select valid_from, valid_to, ended_on from representation where id = ?")
			.param(id).query(RepresentationTerm.class).single();
		jdbc.sql("update representation set active_from = ?, active_to = ? where id = ?")
			.params(term.firstDay(), term.lastDay(), id).update();
	}

	public Optional<FamilyMember> find(UUID id) {
		return jdbc.sql("select id, kind, school_id, birth_date from person where id = ?")
			.param(id).query(FamilyMember.class).optional();
	}

	/** Whether the guardian represents the student on the day. */
	public boolean represents(UUID guardianId, UUID studentId, LocalDate day) {
		return jdbc.sql("select count(*) from representation r where r.guardian_id = :guardian and r.student_id = :student and "
				+ ACTIVE_ON_DAY)
			.param("guardian", guardianId).param("student", studentId).param("day", day)
			.query(Integer.class).single() > 0;
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
