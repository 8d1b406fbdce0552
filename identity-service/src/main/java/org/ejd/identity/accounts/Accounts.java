package org.ejd.identity.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which Keycloak user belongs to which person. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(UUID personId, String keycloakId, String username) {
		jdbc.sql("insert into account (person_id, keycloak_user_id, username) values (?, ?, ?)")
			.params(personId, keycloakId, username)
			.update();
	}

	public boolean exists(UUID personId) {
		return jdbc.sql("select count(*) from account where person_id = ?").param(personId).query(Integer.class).single() > 0;
	}

	Optional<String> keycloakIdOf(UUID personId) {
		return jdbc.sql("select keycloak_user_id from account where person_id = ?").param(personId).query(String.class).optional();
	}
}
