package org.ejd.journal.averages;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.marks.MarkWeights;
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

/** Each school's averaging policies, versioned with effective dates; a new one starts today or later, never in the past. */
@Service
public class AveragingPolicies implements MarkWeights {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolRoles roles;

	private final SchoolTime time;

	AveragingPolicies(JdbcClient jdbc, ApplicationEventPublisher events, SchoolRoles roles, SchoolTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.roles = roles;
		this.time = time;
	}

	/** The policy in force at the school on a day: the newest version effective by then, or the defaults. */
	@Transactional(readOnly = true)
	public AveragingPolicy inForce(UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select effective_from, oral, written, test, homework, distance, lab, other, version, round_up_from from averaging_policy
				where school_id = ? and effective_from <= ? order by effective_from desc, version desc limit 1""")
			.params(schoolId, day).query(AveragingPolicies::policy).optional().orElse(AveragingPolicy.defaults());
	}

	@Override
	@Transactional(readOnly = true)
	public double weightOf(UUID schoolId, WorkType type, LocalDate workDate) {
		return inForce(schoolId, workDate).weightOf(type);
	}

	@Override
	public double weightOf(WorkType type, @Nullable BigDecimal policyWeight) {
		return policyWeight != null ? policyWeight.doubleValue() : AveragingPolicy.defaults().weightOf(type);
	}

	@Transactional(readOnly = true)
	public List<AveragingPolicy> all(Caller caller, UUID schoolId) {
		if (!roles.isStaff(caller, schoolId)) { // staff only: families read their student's school data in the diary
			throw Refusal.unknown("journal.school.not-found");
		}
		return jdbc.sql("""
				select effective_from, oral, written, test, homework, distance, lab, other, version, round_up_from from averaging_policy
				where school_id = ? order by version""").param(schoolId).query(AveragingPolicies::policy).list();
	}

	/**
	 * A new policy from a day on; {@code roundUpFrom} null keeps the threshold of the school's latest policy (none until
	 * the school sets one: the diary then uses its deployment setting).
	 */
	@Transactional
	public AveragingPolicy set(Caller caller, UUID schoolId, LocalDate effectiveFrom, Map<WorkType, BigDecimal> weights,
			@Nullable BigDecimal roundUpFrom) {
		roles.requireSchoolAdmin(caller, schoolId);
		if (effectiveFrom.isBefore(time.today(schoolId))) {
			throw Refusal.invalid("journal.averaging.past-date");
		}
		if (roundUpFrom != null && (roundUpFrom.compareTo(AveragingPolicy.LOWEST_ROUND_UP_FROM) < 0
				|| roundUpFrom.compareTo(AveragingPolicy.HIGHEST_ROUND_UP_FROM) > 0 || roundUpFrom.stripTrailingZeros().scale() > 2)) {
			throw Refusal.invalid("journal.averaging.bad-round-up-from");
		}
		BigDecimal threshold = roundUpFrom != null ? roundUpFrom
				: jdbc.sql("select round_up_from from averaging_policy where school_id = ? order by version desc limit 1")
					.param(schoolId).query(BigDecimal.class).optional().orElse(null);
		AveragingPolicy candidate;
		try {
			candidate = new AveragingPolicy(effectiveFrom, weights, 0, threshold);
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("journal.averaging.bad-weights");
		}
		int version = jdbc.sql("""
				insert into averaging_policy (school_id, version, effective_from, oral, written, test, homework, distance, lab,
				  other, set_by, round_up_from)
				values (?, coalesce((select max(version) from averaging_policy where school_id = ?), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning version""")
			.params(schoolId, schoolId, effectiveFrom, weights.get(WorkType.ORAL), weights.get(WorkType.WRITTEN),
					weights.get(WorkType.TEST), weights.get(WorkType.HOMEWORK), weights.get(WorkType.DISTANCE),
					weights.get(WorkType.LAB), weights.get(WorkType.OTHER), caller.person(), candidate.roundUpFrom())
			.query(Integer.class).single();
		AveragingPolicy policy = new AveragingPolicy(candidate.effectiveFrom(), candidate.weights(), version, candidate.roundUpFrom());
		events.publishEvent(new AveragingPolicyChanged(UUID.randomUUID(), time.now(), schoolId, policy));
		return policy;
	}

	private static AveragingPolicy policy(ResultSet rs, int row) throws SQLException {
		Map<WorkType, BigDecimal> weights = new EnumMap<>(WorkType.class);
		for (WorkType type : WorkType.values()) {
			weights.put(type, rs.getBigDecimal(type.name().toLowerCase()));
		}
		return new AveragingPolicy(rs.getObject("effective_from", LocalDate.class), weights, rs.getInt("version"),
				rs.getBigDecimal("round_up_from"));
	}

	/** journal.averaging-policy.changed on journal.policies.v1, keyed by school: the diary shows the rules it averages by. */
	record AveragingPolicyChanged(UUID eventId, Instant occurredAt, UUID school, AveragingPolicy policy) implements IntegrationEvent {

		@Override public String topic() { return "journal.policies.v1"; }
		@Override public String type() { return "journal.averaging-policy.changed"; }
		@Override public String key() { return school.toString(); }
		@Override public String subject() { return school.toString(); }
		@Override public UUID schoolId() { return school; }
		@Override public long version() { return policy.version(); }

		@Override
		public Object data() {
			Map<String, BigDecimal> weights = new java.util.TreeMap<>();
			policy.weights().forEach((type, weight) -> weights.put(type.wire(), weight));
			return new Data(school, policy.version(), policy.effectiveFrom(), weights, policy.roundUpFrom());
		}

		record Data(UUID schoolId, int version, LocalDate effectiveFrom, Map<String, BigDecimal> weights,
				@Nullable BigDecimal roundUpFrom) {
		}
	}
}
