package org.ejd.identity.representations;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Representations {

	private final JdbcClient jdbc;

	Representations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Representation r) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, basis, valid_from, valid_to, version)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.guardianId(), r.studentId(), r.basis().name(), r.validFrom(), r.validTo(), r.version())
			.update();
	}

	boolean activeExists(UUID guardianId, UUID studentId) {
		return jdbc.sql("select count(*) from representation where guardian_id = ? and student_id = ? and (valid_to is null or valid_to >= current_date)")
			.params(guardianId, studentId).query(Integer.class).single() > 0;
	}

	/** Schools of the students the guardian currently represents: the guardian's {@code school_ids}. */
	public List<UUID> schoolsRepresentedBy(UUID guardianId) {
		return jdbc.sql("""
				select distinct p.school_id from representation r join person p on p.id = r.student_id
				where r.guardian_id = ? and (r.valid_to is null or r.valid_to >= current_date)""")
			.param(guardianId).query(UUID.class).list();
	}
}
