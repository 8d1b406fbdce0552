package org.ejd.identity.representations;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Representations {

	/** Today in the student's school (alias {@code s}): a link ends at midnight where the school is. */
	private static final String SCHOOL_TODAY = "(now() at time zone s.time_zone)::date";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	Representations(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** New representations in one JDBC batch (multi-row inserts: reWriteBatchedInserts). */
	void insertAll(List<Representation> all) {
		if (all.isEmpty()) {
			return;
		}
		jdbcTemplate.batchUpdate("""
				insert into representation (id, guardian_id, student_id, basis, valid_from, valid_to, version)
				values (?, ?, ?, ?, ?, ?, ?)""", all, all.size(), (ps, r) -> {
			ps.setObject(1, r.id());
			ps.setObject(2, r.guardianId());
			ps.setObject(3, r.studentId());
			ps.setString(4, r.basis().name());
			ps.setObject(5, r.validFrom(), java.sql.Types.DATE);
			ps.setObject(6, r.validTo(), java.sql.Types.DATE);
			ps.setLong(7, r.version());
		});
	}

	/** Of these guardians' links to these students, the pairs in force today or later, as {@code guardian/student}. */
	Set<String> activeAmong(Collection<UUID> guardianIds, Collection<UUID> studentIds) {
		return new HashSet<>(jdbc.sql("""
				select r.guardian_id || '/' || r.student_id from representation r join person p on p.id = r.student_id
				  join school s on s.id = p.school_id
				where r.guardian_id = any(?) and r.student_id = any(?) and (r.valid_to is null or r.valid_to >= """ + SCHOOL_TODAY + ")")
			.params(guardianIds.toArray(UUID[]::new), studentIds.toArray(UUID[]::new)).query(String.class).list());
	}

	/** The representation, locked for this transaction. */
	Optional<Representation> lock(UUID id) {
		return jdbc.sql("select id, guardian_id, student_id, basis, valid_from, valid_to, version from representation where id = ? for update")
			.param(id).query(Representation.class).optional();
	}

	/** Ends the representation: its last day is {@code lastDay}. Returns it as it is now. */
	Representation end(UUID id, LocalDate lastDay, @Nullable String reason) {
		return jdbc.sql("""
				update representation set valid_to = ?, end_reason = ?, version = version + 1 where id = ?
				returning id, guardian_id, student_id, basis, valid_from, valid_to, version""")
			.params(lastDay, reason, id).query(Representation.class).single();
	}

	/** The guardians who represent the student now (or later). */
	public List<UUID> guardiansOf(UUID studentId) {
		return jdbc.sql("""
				select distinct r.guardian_id from representation r join person p on p.id = r.student_id join school s on s.id = p.school_id
				where r.student_id = ? and (r.valid_to is null or r.valid_to >= """ + SCHOOL_TODAY + ")")
			.param(studentId).query(UUID.class).list();
	}

	/** The schools of the students the guardian represents today; a student who left does not count. */
	public List<UUID> schoolsRepresentedBy(UUID guardianId) {
		return jdbc.sql("""
				select distinct p.school_id from representation r join person p on p.id = r.student_id join school s on s.id = p.school_id
				where r.guardian_id = ? and (r.valid_to is null or r.valid_to >= """ + SCHOOL_TODAY + """
				)
				  and not exists (select 1 from student_departure d where d.person_id = p.id and d.left_on <= """ + SCHOOL_TODAY + ")")
			.param(guardianId).query(UUID.class).list();
	}
}
