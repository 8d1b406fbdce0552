package org.ejd.identity.imports;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of each import: who, when, how many rows, and how it ended. */
@Repository
class PersonImports {

	private final JdbcClient jdbc;

	PersonImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void start(UUID id, UUID schoolId, String caller, Instant startedAt, int rows) {
		jdbc.sql("insert into person_import (id, school_id, caller, started_at, rows, status) values (?, ?, ?, ?, ?, 'RUNNING')")
			.params(id, schoolId, caller, java.sql.Timestamp.from(startedAt), rows)
			.update();
	}

	void finish(UUID id, String status, Instant finishedAt, int rejected, int students, int guardians, int links) {
		jdbc.sql("update person_import set status = ?, finished_at = ?, rejected = ?, students = ?, guardians = ?, links = ? where id = ?")
			.params(status, java.sql.Timestamp.from(finishedAt), rejected, students, guardians, links, id)
			.update();
	}

	Optional<PersonImport> find(UUID schoolId, UUID id) {
		return jdbc.sql("""
				select id, school_id, caller, started_at, finished_at, rows, status, rejected, students, guardians, links
				from person_import where id = ? and school_id = ?""")
			.params(id, schoolId)
			.query((rs, n) -> new PersonImport(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
					rs.getString("caller"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(), rs.getInt("rows"),
					rs.getString("status"), rs.getInt("rejected"), rs.getInt("students"), rs.getInt("guardians"),
					rs.getInt("links")))
			.optional();
	}
}
