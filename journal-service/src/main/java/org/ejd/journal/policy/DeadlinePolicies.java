package org.ejd.journal.policy;

import java.time.LocalDate;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.marks.MarkDeadlines;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.events.IntegrationEvent;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each school's deadline policy (J10): the defaults until its admin sets its own; every change is kept. */
@Service
public class DeadlinePolicies implements MarkDeadlines {

	private final JdbcClient jdbc;

	private final SchoolRoles roles;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	DeadlinePolicies(JdbcClient jdbc, SchoolRoles roles, ApplicationEventPublisher events, SchoolTime time) {
		this.jdbc = jdbc;
		this.roles = roles;
		this.events = events;
		this.time = time;
	}

	/** The policy in force now at the school. */
	@Transactional(readOnly = true)
	public DeadlinePolicy of(UUID schoolId) {
		return jdbc.sql("""
				select current_mark_days, written_mark_days, distance_mark_days, topic_days, absence_days, period_mark_days
				from deadline_policy where school_id = ? order by version desc limit 1""")
			.param(schoolId).query(DeadlinePolicy.class).optional().orElse(DeadlinePolicy.DEFAULTS);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean markOnTime(UUID schoolId, WorkType type, LocalDate workDate, LocalDate enteredOn) {
		return of(schoolId).markOnTime(type, workDate, enteredOn);
	}

	@Override
	public boolean markOnTime(@Nullable Days policy, WorkType type, LocalDate workDate, LocalDate enteredOn) {
		DeadlinePolicy days = policy == null ? DeadlinePolicy.DEFAULTS
				: new DeadlinePolicy(policy.currentMarkDays(), policy.writtenMarkDays(), policy.distanceMarkDays(),
						DeadlinePolicy.DEFAULTS.topicDays(), DeadlinePolicy.DEFAULTS.absenceDays(), DeadlinePolicy.DEFAULTS.periodMarkDays());
		return days.markOnTime(type, workDate, enteredOn);
	}

	@Transactional(readOnly = true)
	public DeadlinePolicy read(Caller caller, UUID schoolId) {
		if (!roles.isStaff(caller, schoolId)) { // staff only: families read their student's school data in the diary
			throw Refusal.unknown("journal.school.not-found");
		}
		return of(schoolId);
	}

	/** A school admin sets the school's deadlines; the previous ones stay in the table's history. */
	@Transactional
	public DeadlinePolicy set(Caller caller, UUID schoolId, DeadlinePolicy policy) {
		roles.requireSchoolAdmin(caller, schoolId);
		int version = jdbc.sql("""
				insert into deadline_policy (school_id, version, current_mark_days, written_mark_days, distance_mark_days, topic_days,
				  absence_days, period_mark_days, set_by)
				values (?, coalesce((select max(version) from deadline_policy where school_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?)
				returning version""")
			.params(schoolId, schoolId, policy.currentMarkDays(), policy.writtenMarkDays(), policy.distanceMarkDays(),
					policy.topicDays(), policy.absenceDays(), policy.periodMarkDays(), caller.person())
			.query(Integer.class).single();
		events.publishEvent(new DeadlinePolicyChanged(java.util.UUID.randomUUID(), time.now(), schoolId, version, policy));
		return policy;
	}

	/** journal.deadline-policy.changed on journal.policies.v1, keyed by school: families see the rules in force (J13). */
	record DeadlinePolicyChanged(UUID eventId, java.time.Instant occurredAt, UUID school, int policyVersion, DeadlinePolicy policy)
			implements IntegrationEvent {

		@Override public String topic() { return org.ejd.contracts.journal.DeadlinePolicyChanged.TOPIC; }
		@Override public String type() { return org.ejd.contracts.journal.DeadlinePolicyChanged.TYPE; }
		@Override public String key() { return school.toString(); }
		@Override public String subject() { return school.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return policyVersion; }

		@Override
		public Object data() {
			return new org.ejd.contracts.journal.DeadlinePolicyChanged(school, policyVersion, policy.currentMarkDays(),
					policy.writtenMarkDays(), policy.distanceMarkDays(), policy.topicDays(), policy.absenceDays(),
					policy.periodMarkDays());
		}
	}
}
