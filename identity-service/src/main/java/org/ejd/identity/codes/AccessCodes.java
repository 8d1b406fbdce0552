package org.ejd.identity.codes;

import static org.ejd.platform.jdbc.UtcTimestamps.at;
import static org.ejd.platform.jdbc.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.codes.domain.AccessCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Access codes in identity's database: handles in clear, secrets only as salted hashes. */
@Repository
class AccessCodes {

	private final JdbcClient jdbc;

	AccessCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AccessCode c) {
		jdbc.sql("""
				insert into access_code (id, application_id, person_id, handle, secret_hash, issued_at, issued_by, expires_at,
				  failed_attempts, status)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.applicationId(), c.personId(), c.handle(), c.secretHash(), at(c.issuedAt()), c.issuedBy(),
					at(c.expiresAt()), c.failedAttempts(), c.status().name())
			.update();
	}

	boolean handleTaken(String handle) {
		return jdbc.sql("select count(*) from access_code where handle = ?").param(handle).query(Integer.class).single() > 0;
	}

	/** The application's usable code is replaced by a new one. */
	void replaceActive(UUID applicationId) {
		jdbc.sql("update access_code set status = 'REPLACED' where application_id = ? and status = 'ACTIVE'")
			.param(applicationId).update();
	}

	/** The code with this handle, locked for this transaction: one redemption attempt at a time. */
	Optional<AccessCode> lockByHandle(String handle) {
		return jdbc.sql("select * from access_code where handle = ? for update").param(handle).query(AccessCodes::code).optional();
	}

	Optional<AccessCode> find(UUID id) {
		return jdbc.sql("select * from access_code where id = ?").param(id).query(AccessCodes::code).optional();
	}

	void wrongAttempt(UUID id, boolean lock) {
		jdbc.sql("update access_code set failed_attempts = failed_attempts + 1, status = case when ? then 'LOCKED' else status end where id = ?")
			.params(lock, id).update();
	}

	void redeemed(UUID id, Instant at) {
		jdbc.sql("update access_code set status = 'REDEEMED', redeemed_at = ? where id = ?").params(at(at), id).update();
	}

	private static AccessCode code(ResultSet rs, int n) throws SQLException {
		return new AccessCode(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getObject("person_id", UUID.class), rs.getString("handle"), rs.getString("secret_hash"),
				instant(rs, "issued_at"), rs.getString("issued_by"), instant(rs, "expires_at"), rs.getInt("failed_attempts"),
				AccessCode.Status.valueOf(rs.getString("status")), instant(rs, "redeemed_at"));
	}
}
