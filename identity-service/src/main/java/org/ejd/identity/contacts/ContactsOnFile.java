package org.ejd.identity.contacts;

import static org.ejd.platform.jdbc.UtcTimestamps.at;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.refusal.Refusal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * identity's projection of {@code consent.contact.verified}: per person and channel the latest verified
 * contact, masked. A versioned upsert, so a replay ends in the current state.
 */
@Repository
public class ContactsOnFile {

	private final JdbcClient jdbc;

	ContactsOnFile(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void verified(UUID personId, String channel, UUID contactId, String masked, Instant verifiedAt, long version) {
		jdbc.sql("""
				insert into contact_on_file (person_id, channel, contact_id, masked, verified_at, version) values (?, ?, ?, ?, ?, ?)
				on conflict (person_id, channel) do update set contact_id = excluded.contact_id, masked = excluded.masked,
				  verified_at = excluded.verified_at, version = excluded.version
				where contact_on_file.version < excluded.version""")
			.params(personId, channel, contactId, masked, at(verifiedAt), version).update();
	}

	/**
	 * Where a secret for the person goes when the school does not print it: the verified email, else the
	 * verified mobile number.
	 * @throws Refusal (409) when the person has no verified contact: the school prints the letter instead
	 */
	public Delivery sendTo(UUID personId) {
		return sendTo(personId, List.of("email", "sms"))
			.orElseThrow(() -> Refusal.conflict("identity.secret.no-verified-contact"));
	}

	/** The person's verified contact of the first of these channels that has one ({@code email}, {@code sms}). */
	public Optional<Delivery> sendTo(UUID personId, List<String> channels) {
		return jdbc.sql("select channel, masked from contact_on_file where person_id = :person and channel in (:channels)")
			.param("person", personId).param("channels", channels)
			.query((rs, n) -> new Delivery(rs.getString("channel"), rs.getString("masked")))
			.list().stream().min(Comparator.comparingInt(d -> channels.indexOf(d.channel())));
	}
}
