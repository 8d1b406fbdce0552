package org.ejd.journal.regime;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * The school's bell schedules (D3): its admin sets one per shift from a day on (a past day too: a school that starts
 * with eJD mid-year enters its regime from September),
 * staff read the one in force on a day; each version is kept and published on journal.regime.v1.
 */
@Service
public class BellSchedules {

	private static final TypeReference<List<BellSchedule.Bell>> BELLS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final SchoolRoles roles;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	private final ObjectMapper json;

	BellSchedules(JdbcClient jdbc, SchoolRoles roles, SchoolTime time, ApplicationEventPublisher events, ObjectMapper json) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.time = time;
		this.events = events;
		this.json = json;
	}

	/** The school admin sets a shift's bells from a day on; an earlier version stays in force until that day. */
	@Transactional
	public BellSchedule set(Caller caller, UUID schoolId, int shift, LocalDate effectiveFrom, List<BellSchedule.Bell> lessons) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (shift < 1 || shift > 3) {
			throw Refusal.invalid("journal.bells.shift");
		}
		List<BellSchedule.Bell> bells = BellSchedule.checked(lessons);
		long version = jdbc.sql("select coalesce(max(version), 0) + 1 from bell_schedule where school_id = ?").param(schoolId)
			.query(Long.class).single();
		java.time.Instant now = time.now();
		jdbc.sql("""
				insert into bell_schedule (school_id, shift, effective_from, version, lessons, set_by, set_at)
				values (?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(schoolId, shift, effectiveFrom, version, json.writeValueAsString(bells), caller.person(), java.sql.Timestamp.from(now))
			.update();
		BellSchedule schedule = new BellSchedule(schoolId, shift, effectiveFrom, bells, version);
		events.publishEvent(new BellScheduleSet(schedule, caller.person(), now));
		return schedule;
	}

	/** The bells of every shift in force at the school on the day (the school's today by default); staff only. */
	@Transactional(readOnly = true)
	public List<BellSchedule> inForce(Caller caller, UUID schoolId, LocalDate day) {
		if (!caller.actsIn(schoolId) || !isStaff(caller)) {
			throw Refusal.unknown("journal.school.not-found");
		}
		return jdbc.sql("""
				select distinct on (shift) school_id, shift, effective_from, version, cast(lessons as text) as lessons
				from bell_schedule where school_id = ? and effective_from <= ?
				order by shift, effective_from desc, version desc""")
			.params(schoolId, day)
			.query((rs, n) -> new BellSchedule(rs.getObject("school_id", UUID.class), rs.getInt("shift"),
					rs.getObject("effective_from", LocalDate.class), json.readValue(rs.getString("lessons"), BELLS),
					rs.getLong("version")))
			.list();
	}

	public LocalDate today(UUID schoolId) {
		return time.today(schoolId);
	}

	private static boolean isStaff(Caller caller) {
		return caller.has(Role.TEACHER) || caller.has(Role.CLASS_TEACHER) || caller.has(Role.DEPUTY_HEAD)
				|| caller.has(Role.SCHOOL_ADMIN);
	}

}
