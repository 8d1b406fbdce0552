package org.ejd.identity.desk;

import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.jdbc.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools' access desks in identity's database. */
@Repository
class AccessDesks {

	private final JdbcClient jdbc;

	AccessDesks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<AccessDesk> find(UUID schoolId) {
		return jdbc.sql("select school_id, hours, place, phone, email, form_text, set_at, set_by, version from access_desk where school_id = ?")
			.param(schoolId)
			.query((rs, n) -> new AccessDesk(rs.getObject("school_id", UUID.class), rs.getString("hours"), rs.getString("place"),
					rs.getString("phone"), rs.getString("email"), rs.getString("form_text"), UtcTimestamps.instant(rs, "set_at"),
					rs.getString("set_by"), rs.getLong("version")))
			.optional();
	}

	/** Inserts or replaces the school's desk; returns its new version. */
	long save(AccessDesk desk) {
		return jdbc.sql("""
				insert into access_desk (school_id, hours, place, phone, email, form_text, set_at, set_by, version)
				values (:schoolId, :hours, :place, :phone, :email, :formText, :setAt, :setBy, 1)
				on conflict (school_id) do update set hours = excluded.hours, place = excluded.place, phone = excluded.phone,
				  email = excluded.email, form_text = excluded.form_text, set_at = excluded.set_at, set_by = excluded.set_by,
				  version = access_desk.version + 1
				returning version""")
			.param("schoolId", desk.schoolId())
			.param("hours", desk.hours())
			.param("place", desk.place())
			.param("phone", desk.phone())
			.param("email", desk.email())
			.param("formText", desk.formText())
			.param("setAt", UtcTimestamps.at(desk.setAt()))
			.param("setBy", desk.setBy())
			.query(Long.class)
			.single();
	}
}
