package org.ejd.diary.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.contracts.journal.AveragingPolicyChanged;
import org.ejd.contracts.journal.DeadlinePolicyChanged;
import org.ejd.contracts.journal.MarkScalesChanged;
import org.ejd.diary.marks.domain.PeriodMarkRounding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The rules each school published through the journal (journal.policies.v1), with the journal's defaults until then. */
@Repository
public class SchoolRules {

	/** DOMAIN.md's default deadlines (J10), the journal's too. */
	public static final Deadlines DEFAULT_DEADLINES = new Deadlines(3, 6, 0, 0, 1, 2);

	/** The journal's default weights (docs/adr/0008): 1 for every work type, 2 for tests. */
	public static final Map<String, BigDecimal> DEFAULT_WEIGHTS = Map.of("oral", BigDecimal.ONE, "written", BigDecimal.ONE,
			"test", BigDecimal.TWO, "homework", BigDecimal.ONE, "distance", BigDecimal.ONE, "lab", BigDecimal.ONE, "other",
			BigDecimal.ONE);

	/** The scales a mark may be on; a school uses all of them until the journal says otherwise. */
	public static final List<Scale> SCALES = List.of(new Scale("five-point", List.of("1", "2", "3", "4", "5"), true),
			new Scale("pass-fail", List.of("зачёт", "незачёт"), false), new Scale("note", List.of("н/а", "осв"), false));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final RoundingSettings deployment;

	SchoolRules(JdbcClient jdbc, RoundingSettings deployment) {
		this.jdbc = jdbc;
		this.deployment = deployment;
	}

	void averaging(AveragingPolicyChanged p) {
		jdbc.sql("""
				insert into averaging_policy (school_id, version, effective_from, weights, round_up_from)
				values (?, ?, ?, cast(? as jsonb), ?)
				on conflict (school_id, version) do nothing""")
			.params(p.schoolId(), p.version(), p.effectiveFrom(), JSON.writeValueAsString(new TreeMap<>(p.weights())),
					p.roundUpFrom())
			.update();
	}

	/**
	 * The forecast's rounding rule at the school on a day (docs/adr/0014): the threshold of the averaging policy in force
	 * then, or the deployment's while the school has set none.
	 */
	public PeriodMarkRounding roundingInForce(UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select round_up_from from averaging_policy
				where school_id = ? and effective_from <= ? order by effective_from desc, version desc limit 1""")
			.params(schoolId, day).query((rs, row) -> Optional.ofNullable(rs.getBigDecimal("round_up_from"))).optional()
			.flatMap(threshold -> threshold).map(PeriodMarkRounding::new).orElseGet(deployment::rule);
	}

	void scales(MarkScalesChanged p) {
		jdbc.sql("""
				insert into school_mark_scales (school_id, version, five_point, pass_fail, notes) values (?, ?, ?, ?, ?)
				on conflict (school_id) do update set version = excluded.version, five_point = excluded.five_point,
				  pass_fail = excluded.pass_fail, notes = excluded.notes
				where school_mark_scales.version < excluded.version""")
			.params(p.schoolId(), p.version(), p.fivePoint(), p.passFail(), p.notes()).update();
	}

	/** The scales the school uses, in the order of {@link #SCALES}. */
	public List<Scale> scalesOf(UUID schoolId) {
		List<Boolean> used = jdbc.sql("select five_point, pass_fail, notes from school_mark_scales where school_id = ?").param(schoolId)
			.query((rs, row) -> List.of(rs.getBoolean("five_point"), rs.getBoolean("pass_fail"), rs.getBoolean("notes")))
			.optional().orElse(List.of(true, true, true));
		List<Scale> scales = new java.util.ArrayList<>();
		for (int i = 0; i < SCALES.size(); i++) {
			if (used.get(i)) {
				scales.add(SCALES.get(i));
			}
		}
		return scales;
	}

	void deadlines(DeadlinePolicyChanged p) {
		jdbc.sql("""
				insert into deadline_policy (school_id, version, current_mark_days, written_mark_days, distance_mark_days, topic_days,
				  absence_days, period_mark_days) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (school_id) do update set version = excluded.version, current_mark_days = excluded.current_mark_days,
				  written_mark_days = excluded.written_mark_days, distance_mark_days = excluded.distance_mark_days,
				  topic_days = excluded.topic_days, absence_days = excluded.absence_days, period_mark_days = excluded.period_mark_days
				where deadline_policy.version < excluded.version""")
			.params(p.schoolId(), p.version(), p.currentMarkDays(), p.writtenMarkDays(), p.distanceMarkDays(), p.topicDays(),
					p.absenceDays(), p.periodMarkDays())
			.update();
	}

	/** The weights in force at the school on a day: the newest version effective by then, or the defaults. */
	public Weights weightsInForce(UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select effective_from, cast(weights as text) as weights from averaging_policy
				where school_id = ? and effective_from <= ? order by effective_from desc, version desc limit 1""")
			.params(schoolId, day)
			.query((rs, row) -> new Weights(rs.getObject("effective_from", LocalDate.class),
					JSON.readValue(rs.getString("weights"), new TypeReference<Map<String, BigDecimal>>() { })))
			.optional().orElse(new Weights(null, DEFAULT_WEIGHTS));
	}

	public Deadlines deadlines(UUID schoolId) {
		return jdbc.sql("""
				select current_mark_days, written_mark_days, distance_mark_days, topic_days, absence_days, period_mark_days
				from deadline_policy where school_id = ?""")
			.param(schoolId).query(Deadlines.class).optional().orElse(DEFAULT_DEADLINES);
	}

	/** @param effectiveFrom null for the journal's defaults */
	public record Weights(@org.jspecify.annotations.Nullable LocalDate effectiveFrom, Map<String, BigDecimal> byWorkType) {
	}

	public record Deadlines(int currentMarkDays, int writtenMarkDays, int distanceMarkDays, int topicDays, int absenceDays,
			int periodMarkDays) {
	}

	public record Scale(@Schema(allowableValues = { "five-point", "pass-fail", "note" }) String name, List<String> values, boolean countsInAverage) {
	}
}
