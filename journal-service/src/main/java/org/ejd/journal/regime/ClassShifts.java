package org.ejd.journal.regime;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shift each class group studies in (D3): its lessons ring by that shift's bells. The school admin sets it; a class
 * group never set is in shift 1. Each change is published on journal.regime.v1, beside the bells it names.
 */
@Service
public class ClassShifts {

	static final int DEFAULT_SHIFT = 1;

	private final JdbcClient jdbc;

	private final ClassBook classes;

	private final SchoolRoles roles;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	ClassShifts(JdbcClient jdbc, ClassBook classes, SchoolRoles roles, SchoolTime time, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.classes = classes;
		this.roles = roles;
		this.time = time;
		this.events = events;
	}

	@Transactional
	public ClassShift set(Caller caller, UUID classGroupId, int shift) {
		ClassGroup group = ofSchool(caller, classGroupId);
		roles.requireSchoolAdmin(caller, group.schoolId());
		if (shift < 1 || shift > 3) {
			throw Refusal.invalid("journal.bells.shift");
		}
		Instant now = time.now();
		long version = jdbc.sql("""
				insert into class_group_shift (class_group_id, school_id, shift, version, set_by, set_at) values (?, ?, ?, 1, ?, ?)
				on conflict (class_group_id) do update set shift = excluded.shift, version = class_group_shift.version + 1,
				  set_by = excluded.set_by, set_at = excluded.set_at
				returning version""")
			.params(group.id(), group.schoolId(), shift, caller.person(), Timestamp.from(now)).query(Long.class).single();
		ClassShift set = new ClassShift(group.id(), shift, version);
		events.publishEvent(new ClassShiftSet(UUID.randomUUID(), now, group.schoolId(), set, caller.person()));
		return set;
	}

	/** The class group's shift, 1 while never set; anyone acting in the school may read it. */
	@Transactional(readOnly = true)
	public ClassShift of(Caller caller, UUID classGroupId) {
		ClassGroup group = ofSchool(caller, classGroupId);
		return jdbc.sql("select shift, version from class_group_shift where class_group_id = ?").param(group.id())
			.query((rs, n) -> new ClassShift(group.id(), rs.getInt("shift"), rs.getLong("version"))).optional()
			.orElse(new ClassShift(group.id(), DEFAULT_SHIFT, 0));
	}

	private ClassGroup ofSchool(Caller caller, UUID classGroupId) {
		return classes.find(classGroupId).filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
	}

	/** @param version 0 while never set */
	public record ClassShift(UUID classGroupId, int shift, long version) {
	}

	/** journal.class-shift.set on journal.regime.v1, keyed by school like the bells: the diary gets a shift and its bells in order. */
	record ClassShiftSet(UUID eventId, Instant occurredAt, UUID school, ClassShift classShift, UUID setBy) implements IntegrationEvent {

		@Override public String topic() { return "journal.regime.v1"; }
		@Override public String type() { return "journal.class-shift.set"; }
		@Override public String key() { return school.toString(); }
		@Override public String subject() { return classShift.classGroupId().toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return classShift.version(); }

		@Override
		public Object data() {
			return new Data(school, classShift.classGroupId(), classShift.shift(), setBy, occurredAt);
		}

		record Data(UUID schoolId, UUID classGroupId, int shift, UUID setBy, Instant setAt) {
		}
	}
}
