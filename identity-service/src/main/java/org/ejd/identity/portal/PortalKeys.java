package org.ejd.identity.portal;

import static org.ejd.platform.jdbc.UtcTimestamps.at;
import static org.ejd.platform.jdbc.UtcTimestamps.instant;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The portals' public keys (a JWK set each) and the assertion ids already used, in identity's database. */
@Repository
class PortalKeys {

	/** A portal's public JWK set as uploaded, who set it and when. */
	record Stored(String clientId, String jwks, Instant setAt, String setBy, long version) {
	}

	private final JdbcClient jdbc;

	PortalKeys(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Stored> of(String clientId) {
		return jdbc.sql("select * from portal_key where client_id = ?").param(clientId)
			.query((rs, n) -> new Stored(rs.getString("client_id"), rs.getString("jwks"), instant(rs, "set_at"),
					rs.getString("set_by"), rs.getLong("version")))
			.optional();
	}

	Stored put(String clientId, String jwks, Instant at, String by) {
		long version = jdbc.sql("""
				insert into portal_key (client_id, jwks, set_at, set_by, version) values (?, ?, ?, ?, 1)
				on conflict (client_id) do update set jwks = excluded.jwks, set_at = excluded.set_at, set_by = excluded.set_by,
				                                     version = portal_key.version + 1
				returning version""")
			.params(clientId, jwks, at(at), by).query(Long.class).single();
		return new Stored(clientId, jwks, at, by, version);
	}

	/** Records the assertion's id; false when this portal used it before (a replay). Forgets expired ids on the way. */
	boolean firstUse(String clientId, String jti, Instant expiresAt, Instant now) {
		jdbc.sql("delete from portal_assertion where expires_at < ?").param(at(now)).update();
		return jdbc.sql("insert into portal_assertion (client_id, jti, expires_at) values (?, ?, ?) on conflict do nothing")
			.params(clientId, jti, at(expiresAt)).update() == 1;
	}
}
