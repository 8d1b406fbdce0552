package org.ejd.consent.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.ejd.consent.delivery.domain.DeliveryForm;
import org.ejd.consent.delivery.domain.DeliveryFormRecord;
import org.ejd.consent.domain.Channel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Registered delivery-form choices, append-only (table {@code delivery_form_record}). */
@Repository
public class DeliveryFormRecords {

	private final JdbcClient jdbc;

	DeliveryFormRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(DeliveryFormRecord r) {
		jdbc.sql("""
				insert into delivery_form_record (id, person_id, form, reason, channel, registered_by, recorded_at, version)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(r.id(), r.personId(), r.form().name(), r.reason(), r.channel().name(), r.registeredBy(),
					OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC), r.version())
			.update();
	}

	Optional<DeliveryFormRecord> latest(UUID personId) {
		return jdbc.sql("""
				select id, person_id, form, reason, channel, registered_by, recorded_at, version
				from delivery_form_record where person_id = ? order by version desc limit 1""")
			.param(personId).query(DeliveryFormRecords::map).optional();
	}

	/** The person's form now: electronic until they refuse it. */
	public DeliveryForm formOf(UUID personId) {
		return latest(personId).map(DeliveryFormRecord::form).orElse(DeliveryForm.ELECTRONIC);
	}

	private static DeliveryFormRecord map(ResultSet rs, int row) throws SQLException {
		return new DeliveryFormRecord(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				DeliveryForm.valueOf(rs.getString("form")), rs.getString("reason"), Channel.valueOf(rs.getString("channel")),
				rs.getObject("registered_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getLong("version"));
	}
}
