package org.ejd.identity.accounts;

import static org.ejd.platform.jdbc.UtcTimestamps.at;
import static org.ejd.platform.jdbc.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which Keycloak user belongs to which person, and its state. */
@Repository
public class Accounts {

	private final JdbcClient jdbc;

	Accounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a new account; its version continues after the person's revoked ones. Returns the version. */
	long insert(UUID personId, String keycloakId, String username, Account.Via via, Instant at) {
		return jdbc.sql("""
				insert into account (person_id, keycloak_user_id, username, issued_at, opened_via, version)
				values (?, ?, ?, ?, ?, 1 + coalesce((select max(version) from revoked_account where person_id = ?), 0))
				returning version""")
			.params(personId, keycloakId, username, at(at), via.name(), personId)
			.query(Long.class).single();
	}

	public boolean exists(UUID personId) {
		return jdbc.sql("select count(*) from account where person_id = ?").param(personId).query(Integer.class).single() > 0;
	}

	Optional<String> keycloakIdOf(UUID personId) {
		return jdbc.sql("select keycloak_user_id from account where person_id = ?").param(personId).query(String.class).optional();
	}

	/** The person's account, locked for this transaction. */
	public Optional<Account> lock(UUID personId) {
		return jdbc.sql("select * from account where person_id = ? for update").param(personId).query(Accounts::account).optional();
	}

	Optional<Account> find(UUID personId) {
		return jdbc.sql("select * from account where person_id = ?").param(personId).query(Accounts::account).optional();
	}

	/** Sets the status; returns the new version. */
	long status(UUID personId, Account.Status status, @Nullable Instant lockedAt, @Nullable String reason) {
		return jdbc.sql("""
				update account set status = ?, locked_at = ?, lock_reason = ?, version = version + 1
				where person_id = ? returning version""")
			.params(status.name(), lockedAt == null ? null : at(lockedAt), reason, personId)
			.query(Long.class).single();
	}

	/** Counts a change that keeps the status (password reset, portal link); returns the new version. */
	public long touch(UUID personId) {
		return jdbc.sql("update account set version = version + 1 where person_id = ? returning version")
			.param(personId).query(Long.class).single();
	}

	/** The account of a Keycloak user. */
	public Optional<Account> findByKeycloakId(String keycloakId) {
		return jdbc.sql("select * from account where keycloak_user_id = ?").param(keycloakId).query(Accounts::account).optional();
	}

	/** Moves the account to the revoked ones; returns the version of the revocation. */
	long revoke(UUID personId, String revokedBy, @Nullable String reason, Instant at) {
		long version = jdbc.sql("""
				insert into revoked_account (person_id, keycloak_user_id, username, issued_at, revoked_at, revoked_by, reason, version)
				select person_id, keycloak_user_id, username, issued_at, ?, ?, ?, version + 1 from account where person_id = ?
				returning version""")
			.params(at(at), revokedBy, reason, personId)
			.query(Long.class).single();
		jdbc.sql("delete from account where person_id = ?").param(personId).update();
		return version;
	}

	private static Account account(ResultSet rs, int n) throws SQLException {
		return new Account(rs.getObject("person_id", UUID.class), rs.getString("keycloak_user_id"), rs.getString("username"),
				instant(rs, "issued_at"), Account.Status.valueOf(rs.getString("status")),
				Account.Via.valueOf(rs.getString("opened_via")), instant(rs, "locked_at"), rs.getString("lock_reason"),
				rs.getLong("version"));
	}
}
