package org.ejd.consent;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The version of a person's consent aggregate (consent, delivery form, contacts, preferences):
 * it grows with every change and becomes the envelope {@code version} of the event announcing it.
 * Taking the next version locks the person's row, so changes to one person are serialized and
 * versions follow commit order.
 */
@Repository
public class PersonVersions {

	private final JdbcClient jdbc;

	PersonVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Call first in a use case's transaction: it also takes the person's lock. */
	public long next(UUID personId) {
		return jdbc.sql("""
				insert into person_version (person_id, version) values (?, 1)
				on conflict (person_id) do update set version = person_version.version + 1
				returning version""").param(personId).query(Long.class).single();
	}
}
