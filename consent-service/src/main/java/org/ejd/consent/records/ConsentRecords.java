package org.ejd.consent.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.ejd.consent.domain.Channel;
import org.ejd.consent.domain.FamilyMember;
import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.consent.records.domain.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only consent history (table {@code consent_record}: a trigger refuses UPDATE and DELETE). */
@Repository
class ConsentRecords {

	private static final String COLUMNS = "id, person_id, person_kind, given_by, decision, text_version, channel, registered_by, recorded_at, version";

	private final JdbcClient jdbc;

	ConsentRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(ConsentRecord r) {
		jdbc.sql("insert into consent_record (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.personId(), r.personKind().name(), r.givenBy(), r.decision().name(), r.textVersion(),
					r.channel().name(), r.registeredBy(), OffsetDateTime.ofInstant(r.recordedAt(), ZoneOffset.UTC), r.version())
			.update();
	}

	List<ConsentRecord> of(UUID personId) {
		return jdbc.sql("select " + COLUMNS + " from consent_record where person_id = ? order by version")
			.param(personId).query(ConsentRecords::map).list();
	}

	/**
	 * Records about the school's people registered in [from, to): its students, and the guardians it
	 * registered or who ever represented one of its students (an audit needs the past links too).
	 */
	List<ConsentRecord> ofSchool(UUID schoolId, Instant from, Instant to) {
		return jdbc.sql("select " + COLUMNS + """
				 from consent_record
				where recorded_at >= :from and recorded_at < :to and person_id in (
				  select id from person where school_id = :school
				  union
				  select r.guardian_id from representation r join person s on s.id = r.student_id where s.school_id = :school)
				order by recorded_at, person_id, version""")
			.param("school", schoolId)
			.param("from", OffsetDateTime.ofInstant(from, ZoneOffset.UTC))
			.param("to", OffsetDateTime.ofInstant(to, ZoneOffset.UTC))
			.query(ConsentRecords::map).list();
	}

	private static ConsentRecord map(ResultSet rs, int row) throws SQLException {
		return new ConsentRecord(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
				FamilyMember.Kind.valueOf(rs.getString("person_kind")), rs.getObject("given_by", UUID.class),
				Decision.valueOf(rs.getString("decision")), rs.getString("text_version"), Channel.valueOf(rs.getString("channel")),
				rs.getObject("registered_by", UUID.class), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
				rs.getLong("version"));
	}
}
