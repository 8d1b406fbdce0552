package org.ejd.identity.regions;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipality registry in identity's database. */
@Repository
public class Municipalities {

	private static final String COLUMNS = "id, region_code, name, oktmo, version";

	private final JdbcClient jdbc;

	Municipalities(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Municipality municipality) {
		jdbc.sql("insert into municipality (" + COLUMNS + ") values (:id, :regionCode, :name, :oktmo, :version)")
			.paramSource(municipality)
			.update();
	}

	public Optional<Municipality> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from municipality where id = ?").param(id).query(Municipality.class).optional();
	}

	List<Municipality> ofRegion(String regionCode) {
		return jdbc.sql("select " + COLUMNS + " from municipality where region_code = ? order by name")
			.param(regionCode).query(Municipality.class).list();
	}

	boolean nameTaken(String regionCode, String name) {
		return jdbc.sql("select count(*) from municipality where region_code = ? and name = ?").params(regionCode, name)
			.query(Integer.class).single() > 0;
	}

	boolean oktmoTaken(String oktmo) {
		return jdbc.sql("select count(*) from municipality where oktmo = ?").param(oktmo).query(Integer.class).single() > 0;
	}
}
