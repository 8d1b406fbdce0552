package org.ejd.diary.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The diary's projection of identity's portal links: which person a portal client's user is, and whose ESIA account id
 * is which person, by a portal's link or as the school recorded it for a pupil or teacher. Upserts win by the person's account version, so a replay or an older event changes nothing.
 */
@Repository
public class PortalLinks {

	private final JdbcClient jdbc;

	PortalLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void linked(String clientId, String portalUserId, UUID personId, @Nullable String esiaId, long version, Instant at) {
		jdbc.sql("""
				insert into portal_link (client_id, portal_user_id, person_id, esia_id, active, version, event_time)
				values (?, ?, ?, ?, true, ?, ?)
				on conflict (client_id, portal_user_id) do update set person_id = excluded.person_id, esia_id = excluded.esia_id,
				  active = true, version = excluded.version, event_time = excluded.event_time
				where portal_link.version < excluded.version""")
			.params(clientId, portalUserId, personId, esiaId, version, Timestamp.from(at)).update();
	}

	void unlinked(String clientId, String portalUserId, UUID personId, long version, Instant at) {
		jdbc.sql("""
				insert into portal_link (client_id, portal_user_id, person_id, active, version, event_time)
				values (?, ?, ?, false, ?, ?)
				on conflict (client_id, portal_user_id) do update set active = false, version = excluded.version,
				  event_time = excluded.event_time
				where portal_link.version < excluded.version""")
			.params(clientId, portalUserId, personId, version, Timestamp.from(at)).update();
	}

	/** A revoked account ends every link of the person (identity ended them all). */
	void revoked(UUID personId, long version, Instant at) {
		jdbc.sql("update portal_link set active = false, version = ?, event_time = ? where person_id = ? and version < ?")
			.params(version, Timestamp.from(at), personId, version).update();
	}

	/** The person a portal client's user is linked to now. */
	public Optional<UUID> personOf(String clientId, String portalUserId) {
		return jdbc.sql("select person_id from portal_link where client_id = ? and portal_user_id = ? and active")
			.params(clientId, portalUserId).query(UUID.class).optional();
	}

	/** The ESIA id a school recorded for a pupil or teacher (or cleared, null); the latest version wins. */
	void recorded(UUID personId, @Nullable String esiaId, long version, Instant at) {
		jdbc.sql("""
				insert into recorded_esia_id (person_id, esia_id, version, event_time) values (?, ?, ?, ?)
				on conflict (person_id) do update set esia_id = excluded.esia_id, version = excluded.version,
				  event_time = excluded.event_time
				where recorded_esia_id.version < excluded.version""")
			.params(personId, esiaId, version, Timestamp.from(at)).update();
	}

	/** The person whose ESIA account id this is, by any portal's active link or as a school recorded it (ADR 0021). */
	public Optional<UUID> personOfEsiaId(String esiaId) {
		java.util.List<UUID> people = jdbc.sql("""
				select person_id from portal_link where esia_id = ? and active
				union select person_id from recorded_esia_id where esia_id = ?""")
			.params(esiaId, esiaId).query(UUID.class).list();
		// identity keeps one active link per ESIA id and portal; two portals naming different people answer nobody
		return people.size() == 1 ? Optional.of(people.getFirst()) : Optional.empty();
	}
}
