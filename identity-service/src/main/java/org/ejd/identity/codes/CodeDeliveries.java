package org.ejd.identity.codes;

import java.util.Optional;
import java.util.UUID;

import org.ejd.identity.codes.domain.CodeChannel;
import org.ejd.platform.jdbc.UtcTimestamps;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The schools' choice of how access codes are handed over, in identity's database. */
@Repository
class CodeDeliveries {

	private final JdbcClient jdbc;

	CodeDeliveries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<CodeChannel> of(UUID schoolId) {
		return jdbc.sql("select channel from code_delivery where school_id = ?").param(schoolId).query(String.class).optional()
			.flatMap(CodeChannel::ofWire);
	}

	/** Inserts or replaces the school's choice; returns its new version. */
	long save(UUID schoolId, CodeChannel channel, java.time.Instant at, String by) {
		return jdbc.sql("""
				insert into code_delivery (school_id, channel, set_at, set_by, version) values (?, ?, ?, ?, 1)
				on conflict (school_id) do update set channel = excluded.channel, set_at = excluded.set_at, set_by = excluded.set_by,
				  version = code_delivery.version + 1
				returning version""")
			.params(schoolId, channel.wire(), UtcTimestamps.at(at), by).query(Long.class).single();
	}
}
