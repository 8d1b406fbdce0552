package org.ejd.consent.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.consent.contacts.domain.Address;
import org.ejd.consent.contacts.domain.Contact;
import org.ejd.consent.contacts.domain.ContactChannel;
import org.ejd.consent.contacts.domain.PendingVerification;
import org.ejd.consent.contacts.domain.VerificationCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contacts and their pending codes (only salted hashes; cleared once a code is used, replaced or locked). */
@Repository
public class Contacts {

	private static final String COLUMNS = "id, person_id, channel, destination, source, status, created_at, verified_at, "
			+ "code_hash, code_salt, code_expires_at, failed_attempts";

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Contact c, UUID registeredBy) {
		PendingVerification p = c.pending();
		jdbc.sql("insert into contact (" + COLUMNS + ", registered_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.personId(), c.channel().name(), c.address().value(), c.source().name(), c.status().name(),
					time(c.createdAt()), time(c.verifiedAt()), p == null ? null : p.code().hash(), p == null ? null : p.code().salt(),
					p == null ? null : time(p.expiresAt()), p == null ? 0 : p.failedAttempts(), registeredBy)
			.update();
	}

	/** Locks the row: two tries of one code are counted one after the other. */
	Optional<Contact> findForUpdate(UUID personId, UUID contactId) {
		return jdbc.sql("select " + COLUMNS + " from contact where id = ? and person_id = ? for update")
			.params(contactId, personId).query(Contacts::map).optional();
	}

	Optional<Contact> verifiedOf(UUID personId, ContactChannel channel) {
		return jdbc.sql("select " + COLUMNS + " from contact where person_id = ? and channel = ? and status = 'VERIFIED'")
			.params(personId, channel.name()).query(Contacts::map).optional();
	}

	/** The person's contacts except those replaced, newest first. */
	List<Contact> of(UUID personId) {
		return jdbc.sql("select " + COLUMNS + " from contact where person_id = ? and status <> 'REPLACED' order by created_at desc")
			.param(personId).query(Contacts::map).list();
	}

	public boolean hasVerified(UUID personId, ContactChannel channel) {
		return verifiedOf(personId, channel).isPresent();
	}

	/** How many codes the person asked for since the moment (each one an email or SMS sent). */
	int requestedSince(UUID personId, Instant since) {
		return jdbc.sql("select count(*) from contact where person_id = ? and source in ('ELECTRONIC', 'PORTAL') and created_at >= ?")
			.params(personId, time(since)).query(Integer.class).single();
	}

	/** A new code makes the older ones of the channel useless: one live code per person and channel. */
	void replacePending(UUID personId, ContactChannel channel) {
		jdbc.sql("""
				update contact set status = 'REPLACED', code_hash = null, code_salt = null
				where person_id = ? and channel = ? and status = 'PENDING'""").params(personId, channel.name()).update();
	}

	void replace(UUID contactId) {
		jdbc.sql("update contact set status = 'REPLACED' where id = ?").param(contactId).update();
	}

	void verified(UUID contactId, Instant at) {
		jdbc.sql("""
				update contact set status = 'VERIFIED', verified_at = ?, code_hash = null, code_salt = null
				where id = ?""").params(time(at), contactId).update();
	}

	void failedAttempt(UUID contactId) {
		jdbc.sql("update contact set failed_attempts = failed_attempts + 1 where id = ?").param(contactId).update();
	}

	/** A verified contact that failed for good; a contact replaced or given anew meanwhile stays as it is. */
	int bounced(UUID contactId, UUID personId) {
		return jdbc.sql("update contact set status = 'BOUNCED' where id = ? and person_id = ? and status = 'VERIFIED'")
			.params(contactId, personId).update();
	}

	void lock(UUID contactId) {
		jdbc.sql("""
				update contact set status = 'LOCKED', failed_attempts = failed_attempts + 1, code_hash = null, code_salt = null
				where id = ?""").param(contactId).update();
	}

	private static @Nullable OffsetDateTime time(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	private static Contact map(ResultSet rs, int row) throws SQLException {
		byte[] hash = rs.getBytes("code_hash");
		Instant expires = instant(rs, "code_expires_at");
		PendingVerification pending = hash == null || expires == null ? null
				: new PendingVerification(new VerificationCode.Hashed(rs.getBytes("code_salt"), hash), expires, rs.getInt("failed_attempts"));
		return new Contact(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				Address.parse(ContactChannel.valueOf(rs.getString("channel")), rs.getString("destination")),
				Contact.Source.valueOf(rs.getString("source")), Contact.Status.valueOf(rs.getString("status")),
				instant(rs, "created_at"), instant(rs, "verified_at"), pending);
	}
}
