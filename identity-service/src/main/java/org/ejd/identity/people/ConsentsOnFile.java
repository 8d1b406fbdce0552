package org.ejd.identity.people;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.jdbc.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What identity knows of each person's consent to the processing of personal data (consent-service's
 * {@code consent.consent.recorded}): enough to decide whether a guardian's SNILS may be kept (C4).
 */
@Repository
public class ConsentsOnFile {

	private final JdbcClient jdbc;

	ConsentsOnFile(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A versioned upsert: an older event arriving late changes nothing. Returns whether it was applied. */
	boolean record(UUID personId, boolean processingAllowed, String status, String channel, Instant recordedAt, long version) {
		return jdbc.sql("""
				insert into consent_on_file (person_id, processing_allowed, status, channel, recorded_at, version)
				values (?, ?, ?, ?, ?, ?)
				on conflict (person_id) do update set processing_allowed = excluded.processing_allowed, status = excluded.status,
				  channel = excluded.channel, recorded_at = excluded.recorded_at, version = excluded.version
				where consent_on_file.version < excluded.version""")
			.params(personId, processingAllowed, status, channel, UtcTimestamps.at(recordedAt), version)
			.update() > 0;
	}

	public boolean allowsProcessing(UUID personId) {
		return jdbc.sql("select processing_allowed from consent_on_file where person_id = ?").param(personId).query(Boolean.class)
			.optional().orElse(false);
	}

	/** The school's guardians without a consent in force, hence without a SNILS on file (C4), by name. */
	List<GuardianWithoutConsent> guardiansWithoutConsent(UUID schoolId) {
		return jdbc.sql("""
				select p.id, p.last_name, p.first_name, p.middle_name, c.status, c.recorded_at
				from person p left join consent_on_file c on c.person_id = p.id
				where p.school_id = ? and p.kind = 'GUARDIAN' and (c.person_id is null or not c.processing_allowed)
				order by p.last_name, p.first_name, p.id""")
			.param(schoolId)
			.query((rs, n) -> new GuardianWithoutConsent(rs.getObject("id", UUID.class), rs.getString("last_name"), rs.getString("first_name"),
					rs.getString("middle_name"), rs.getString("status") == null ? "none" : rs.getString("status"),
					UtcTimestamps.instant(rs, "recorded_at")))
			.list();
	}
}
