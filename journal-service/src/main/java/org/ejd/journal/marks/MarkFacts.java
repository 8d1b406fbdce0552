package org.ejd.journal.marks;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.ejd.journal.classes.ClassGroup;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.marks.domain.WorkType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Everything a teacher's new marks are checked against, read in one statement (issue 13, ADR 0067): the class group,
 * whether the teacher teaches the subject to it on the work date, the subject's name, the school's scales, the weight
 * of the kind of work by the averaging policy in force on the work date, the deadline policy's days, whether a closed
 * period covers the work date and which of the students are enrolled on it. Each part is the statement its owner
 * runs alone ({@link org.ejd.journal.classes.ClassBook}, {@link MarkScales}, the averaging and deadline policies,
 * the closed periods), read from the database in the request's transaction: nothing is cached, so a change a school's
 * admin made is seen by the next mark.
 */
@Repository
class MarkFacts {

	private static final String SQL = """
			select g.id, g.school_id, g.name, g.kind, g.academic_year, g.parent_id,
			  exists (select 1 from teaching_assignment a where a.teacher_id = cast(:teacher as uuid) and a.subject_id = :subject
			    and a.class_group_id = g.id and a.valid_from <= :day and (a.valid_to is null or a.valid_to >= :day)) as teaches,
			  (select s.name from subject s where s.id = :subject) as subject_name,
			  sc.five_point, sc.pass_fail, sc.notes,
			  ap.oral, ap.written, ap.test, ap.homework, ap.distance, ap.lab, ap.other,
			  dp.current_mark_days, dp.written_mark_days, dp.distance_mark_days,
			  exists (select 1 from reporting_period p where p.school_id = g.school_id and p.closed_at is not null
			    and p.start_date <= :day and p.end_date >= :day) as period_closed,
			  array (select e.student_id from enrolment e where e.class_group_id = g.id and e.student_id = any(:students)
			    and e.enrolled_from <= :day and (e.enrolled_to is null or e.enrolled_to >= :day)) as enrolled
			from class_group g
			left join school_mark_scales sc on sc.school_id = g.school_id
			left join lateral (select oral, written, test, homework, distance, lab, other from averaging_policy
			  where school_id = g.school_id and effective_from <= :day order by effective_from desc, version desc limit 1) ap on true
			left join lateral (select current_mark_days, written_mark_days, distance_mark_days from deadline_policy
			  where school_id = g.school_id order by version desc limit 1) dp on true
			where g.id = :group""";

	private final JdbcClient jdbc;

	MarkFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The facts, or empty when there is no such class group; {@code teacher} null (not a person) teaches nothing. */
	Optional<Found> read(UUID classGroupId, @Nullable UUID teacher, UUID subjectId, WorkType type, LocalDate workDate,
			Collection<UUID> students) {
		return jdbc.sql(SQL)
			.param("group", classGroupId)
			.param("teacher", teacher)
			.param("subject", subjectId)
			.param("day", workDate)
			.param("students", students.toArray(UUID[]::new))
			.query((rs, n) -> found(rs, type))
			.optional();
	}

	private static Found found(ResultSet rs, WorkType type) throws SQLException {
		ClassGroup group = new ClassGroup(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("name"), ClassGroup.Kind.valueOf(rs.getString("kind")), rs.getString("academic_year"),
				rs.getObject("parent_id", UUID.class));
		Object days = rs.getObject("current_mark_days");
		MarkDeadlines.@Nullable Days deadlines = days == null ? null
				: new MarkDeadlines.Days(rs.getInt("current_mark_days"), rs.getInt("written_mark_days"), rs.getInt("distance_mark_days"));
		Set<UUID> enrolled = new HashSet<>();
		Array array = rs.getArray("enrolled");
		for (Object id : (Object[]) array.getArray()) {
			enrolled.add((UUID) id);
		}
		array.free();
		return new Found(group, rs.getBoolean("teaches"), rs.getString("subject_name"), MarkScales.scales(rs),
				rs.getBigDecimal(type.name().toLowerCase()), deadlines, rs.getBoolean("period_closed"), enrolled);
	}

	/**
	 * What the statement found.
	 *
	 * @param policyWeight the weight of the kind of work by the averaging policy in force, null when none is
	 * @param deadlines the days of the school's deadline policy, null when it has set none
	 */
	record Found(ClassGroup group, boolean teaches, @Nullable String subjectName, Set<MarkValue.Scale> scales,
			@Nullable BigDecimal policyWeight, MarkDeadlines.@Nullable Days deadlines, boolean periodClosed, Set<UUID> enrolled) {
	}
}
