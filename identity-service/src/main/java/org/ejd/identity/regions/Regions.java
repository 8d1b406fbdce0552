package org.ejd.identity.regions;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference list of regions, seeded by migration; eJD never changes it at run time. */
@Repository
public class Regions {

	private final JdbcClient jdbc;

	Regions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Region> all() {
		return jdbc.sql("select code, name, time_zone from region order by code").query(Region.class).list();
	}

	public Optional<Region> find(String code) {
		return jdbc.sql("select code, name, time_zone from region where code = ?").param(code).query(Region.class).optional();
	}
}
