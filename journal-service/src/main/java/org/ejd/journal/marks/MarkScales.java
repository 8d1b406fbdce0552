package org.ejd.journal.marks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which mark scales a school uses, by its local act: five-point, pass/fail, notes («н/а», «осв»). All until it says otherwise. */
@Service
public class MarkScales {

	private final JdbcClient jdbc;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	MarkScales(JdbcClient jdbc, SchoolRoles roles, ApplicationEventPublisher events, SchoolTime time) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.events = events;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public Set<MarkValue.Scale> of(UUID schoolId) {
		return jdbc.sql("select five_point, pass_fail, notes from school_mark_scales where school_id = ?").param(schoolId)
			.query((rs, row) -> scales(rs))
			.optional().orElse(EnumSet.allOf(MarkValue.Scale.class));
	}

	/** The scales of the row's {@code five_point}, {@code pass_fail} and {@code notes}; all of them when they are null (none set). */
	static Set<MarkValue.Scale> scales(ResultSet rs) throws SQLException {
		if (rs.getObject("five_point") == null) {
			return EnumSet.allOf(MarkValue.Scale.class);
		}
		Set<MarkValue.Scale> scales = EnumSet.noneOf(MarkValue.Scale.class);
		if (rs.getBoolean("five_point")) {
			scales.add(MarkValue.Scale.FIVE_POINT);
		}
		if (rs.getBoolean("pass_fail")) {
			scales.add(MarkValue.Scale.PASS_FAIL);
		}
		if (rs.getBoolean("notes")) {
			scales.add(MarkValue.Scale.NOTE);
		}
		return scales;
	}

	@Transactional(readOnly = true)
	public Set<MarkValue.Scale> read(Caller caller, UUID schoolId) {
		if (!roles.isStaff(caller, schoolId)) { // staff only: families read their student's school data in the diary
			throw Refusal.unknown("journal.school.not-found");
		}
		return of(schoolId);
	}

	@Transactional
	public Set<MarkValue.Scale> set(Caller caller, UUID schoolId, boolean fivePoint, boolean passFail, boolean notes) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (!fivePoint && !passFail) {
			throw Refusal.invalid("journal.scales.none");
		}
		int version = jdbc.sql("""
				insert into school_mark_scales (school_id, five_point, pass_fail, notes, set_by) values (?, ?, ?, ?, ?)
				on conflict (school_id) do update set five_point = excluded.five_point, pass_fail = excluded.pass_fail,
				  notes = excluded.notes, set_by = excluded.set_by, set_at = now(), version = school_mark_scales.version + 1
				returning version""")
			.params(schoolId, fivePoint, passFail, notes, caller.person()).query(Integer.class).single();
		events.publishEvent(new MarkScalesChanged(UUID.randomUUID(), time.now(),
				new org.ejd.contracts.journal.MarkScalesChanged(schoolId, version, fivePoint, passFail, notes)));
		return of(schoolId);
	}

	/** journal.mark-scales.changed on journal.policies.v1, keyed by school: families see which scales the school uses (J13). */
	record MarkScalesChanged(UUID eventId, java.time.Instant occurredAt, org.ejd.contracts.journal.MarkScalesChanged scales)
			implements IntegrationEvent {

		@Override public String topic() { return org.ejd.contracts.journal.MarkScalesChanged.TOPIC; }
		@Override public String type() { return org.ejd.contracts.journal.MarkScalesChanged.TYPE; }
		@Override public String key() { return scales.schoolId().toString(); }
		@Override public String subject() { return scales.schoolId().toString(); }
		@Override public UUID schoolId() { return scales.schoolId(); }
		@Override public long version() { return scales.version(); }
		@Override public Object data() { return scales; }
	}
}
