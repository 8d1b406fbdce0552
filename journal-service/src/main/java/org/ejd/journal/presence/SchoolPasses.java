package org.ejd.journal.presence;

import java.sql.Timestamp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The passes in journal's database. */
@Repository
class SchoolPasses {

	private final JdbcClient jdbc;

	SchoolPasses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps the pass unless the device posted one with this id before; true when it is new. */
	boolean add(SchoolPass p) {
		return jdbc.sql("""
				insert into school_pass (id, school_id, student_id, direction, passed_at, day, device, device_pass_id, point, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (device, device_pass_id) do nothing""")
			.params(p.id(), p.schoolId(), p.studentId(), p.direction(), Timestamp.from(p.passedAt()), p.day(), p.device(),
					p.devicePassId(), p.point(), Timestamp.from(p.recordedAt()))
			.update() == 1;
	}
}
