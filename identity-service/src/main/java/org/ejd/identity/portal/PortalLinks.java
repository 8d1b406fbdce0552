package org.ejd.identity.portal;

import static org.ejd.platform.jdbc.UtcTimestamps.at;
import static org.ejd.platform.jdbc.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Portal links in identity's database; at most one active per portal account and per person. */
@Repository
class PortalLinks {

	private final JdbcClient jdbc;

	PortalLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PortalLink link) {
		jdbc.sql("""
				insert into portal_link (id, identity_provider, portal_user_id, portal_username, person_id, linked_via,
				                         linked_by, linked_at, esia_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(link.id(), link.identityProvider(), link.portalUserId(), link.portalUsername(), link.personId(),
					link.linkedVia().name(), link.linkedBy(), at(link.linkedAt()), link.esiaId())
			.update();
	}

	Optional<PortalLink> activeOfPortalUser(String identityProvider, String portalUserId) {
		return jdbc.sql("select * from portal_link where identity_provider = ? and portal_user_id = ? and ended_at is null")
			.params(identityProvider, portalUserId).query(PortalLinks::link).optional();
	}

	Optional<PortalLink> activeOfPerson(String identityProvider, UUID personId) {
		return jdbc.sql("select * from portal_link where identity_provider = ? and person_id = ? and ended_at is null")
			.params(identityProvider, personId).query(PortalLinks::link).optional();
	}

	Optional<PortalLink> activeOfEsiaId(String identityProvider, String esiaId) {
		return jdbc.sql("select * from portal_link where identity_provider = ? and esia_id = ? and ended_at is null")
			.params(identityProvider, esiaId).query(PortalLinks::link).optional();
	}

	/** Ends every active link of the person; returns the ended ones. */
	List<PortalLink> endAllOf(UUID personId, PortalLink.EndReason reason, Instant at) {
		return jdbc.sql("""
				update portal_link set ended_at = ?, end_reason = ? where person_id = ? and ended_at is null
				returning *""")
			.params(at(at), reason.name(), personId).query(PortalLinks::link).list();
	}

	void end(UUID id, PortalLink.EndReason reason, Instant at) {
		jdbc.sql("update portal_link set ended_at = ?, end_reason = ? where id = ? and ended_at is null")
			.params(at(at), reason.name(), id).update();
	}

	private static PortalLink link(ResultSet rs, int n) throws SQLException {
		String reason = rs.getString("end_reason");
		return new PortalLink(rs.getObject("id", UUID.class), rs.getString("identity_provider"), rs.getString("portal_user_id"),
				rs.getString("portal_username"), rs.getObject("person_id", UUID.class),
				PortalLink.Via.valueOf(rs.getString("linked_via")), rs.getString("linked_by"), instant(rs, "linked_at"),
				instant(rs, "ended_at"), reason == null ? null : PortalLink.EndReason.valueOf(reason), rs.getString("esia_id"));
	}
}
