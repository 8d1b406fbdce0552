package org.ejd.identity.schools;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.access.SchoolRegions;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.time.SchoolZones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The school registry in identity's database. */
@Repository
public class Schools implements SchoolRegions, SchoolZones {

	private final JdbcClient jdbc;

	Schools(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(School school) {
		jdbc.sql("""
				insert into school (id, name, short_name, region_code, municipality_id, time_zone, version)
				values (:id, :name, :shortName, :regionCode, :municipalityId, :timeZone, :version)""")
			.paramSource(school)
			.update();
	}

	public Optional<School> find(UUID id) {
		return jdbc.sql("""
				select s.id, s.name, s.short_name, s.region_code, s.municipality_id, m.name as municipality, s.time_zone, s.version
				from school s join municipality m on m.id = s.municipality_id where s.id = ?""")
			.param(id)
			.query(School.class)
			.optional();
	}

	@Override
	public Optional<ZoneId> zoneOf(UUID schoolId) {
		return jdbc.sql("select time_zone from school where id = ?").param(schoolId).query(String.class).optional()
			.flatMap(SchoolTime::parseZone);
	}

	public boolean exists(UUID id) {
		return jdbc.sql("select count(*) from school where id = ?").param(id).query(Integer.class).single() > 0;
	}

	@Override
	public Optional<String> regionOf(UUID schoolId) {
		return jdbc.sql("select region_code from school where id = ?").param(schoolId).query(String.class).optional();
	}
}
