package org.ejd.platform.jdbc;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.contracts.identity.RepresentationEnded;
import org.ejd.contracts.identity.RepresentationEstablished;
import org.ejd.contracts.identity.RepresentationTerm;
import org.ejd.platform.events.ReceivedEvent;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A service's own projection of {@code identity.representations.v1}, kept the one way every
 * service must keep it: the start and the end as they came (each taken by the aggregate's version,
 * so an older start after its end is not), and the days {@link RepresentationTerm} makes of them.
 * The table is the service's, with these columns: {@code representation (id, guardian_id,
 * student_id, valid_from, valid_to, ended_on, active_from, active_to, version)}. Queries by day
 * read {@code active_from <= day and (active_to is null or active_to >= day)}; see {@link #ACTIVE_ON}.
 */
public final class Representations {

	/** The condition "represents on {@code :day}" for a table aliased {@code r}. */
	public static final String ACTIVE_ON = "r.active_from <= :day and (r.active_to is null or r.active_to >= :day)";

	private final JdbcClient jdbc;

	public Representations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void established(UUID id, UUID guardianId, UUID studentId, LocalDate from, @Nullable LocalDate to, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, valid_from, valid_to, version) values (?, ?, ?, ?, ?, ?)
				on conflict (id) do update set valid_from = excluded.valid_from, valid_to = excluded.valid_to,
				  version = excluded.version
				where representation.version < excluded.version""")
			.params(id, guardianId, studentId, from, to, version).update();
		applyTerm(id);
	}

	public void ended(UUID id, UUID guardianId, UUID studentId, LocalDate endedOn, long version) {
		jdbc.sql("""
				insert into representation (id, guardian_id, student_id, ended_on, version) values (?, ?, ?, ?, ?)
				on conflict (id) do update set ended_on = least(representation.ended_on, excluded.ended_on),
				  version = greatest(representation.version, excluded.version)""")
			.params(id, guardianId, studentId, endedOn, version).update();
		applyTerm(id);
	}

	/**
	 * Keeps a start or an end of {@code identity.representations.v1}, as every projection must.
	 * @return whether the event was one of the two (the listener handles the others)
	 */
	public boolean apply(ReceivedEvent event) {
		switch (event.data()) {
			case RepresentationEstablished r -> established(r.representationId(), r.guardianId(), r.studentId(), r.validFrom(),
					r.validTo(), event.version());
			case RepresentationEnded r -> ended(r.representationId(), r.guardianId(), r.studentId(), r.endedOn(), event.version());
			default -> {
				return false;
			}
		}
		return true;
	}

	/** Whether the guardian represents the student on the day. */
	public boolean represents(UUID guardianId, UUID studentId, LocalDate day) {
		return jdbc.sql("select count(*) from representation r where r.guardian_id = :guardian and r.student_id = :student and "
				+ ACTIVE_ON)
			.param("guardian", guardianId).param("student", studentId).param("day", day)
			.query(Integer.class).single() > 0;
	}

	private void applyTerm(UUID id) {
		RepresentationTerm term = jdbc.sql("select valid_from, valid_to, ended_on from representation where id = ?")
			.param(id).query(RepresentationTerm.class).single();
		jdbc.sql("update representation set active_from = ?, active_to = ? where id = ?")
			.params(term.firstDay(), term.lastDay(), id).update();
	}
}
