package org.ejd.identity.schools;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The school registry in identity's database. */
@Repository
public class Schools {

	private final JdbcClient jdbc;

	Schools(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(School school) {
		jdbc.sql("""
				insert into school (id, name, short_name, region_code, municipality, time_zone, version)
				values (:id, :name, :shortName, :regionCode, :municipality, :timeZone, :version)""")
			.paramSource(school)
			.update();
	}

	public Optional<School> find(UUID id) {
		return jdbc.sql("select id, name, short_name, region_code, municipality, time_zone, version from school where id = ?")
			.param(id)
			.query(School.class)
			.optional();
	}

	public boolean exists(UUID id) {
		return jdbc.sql("select count(*) from school where id = ?").param(id).query(Integer.class).single() > 0;
	}
}
