package org.ejd.journal.curriculum;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.refusal.Refusal.FieldError;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curriculum (planned hours per subject per class group for the academic year) and J8: lessons
 * held against it, by lesson type, and results per class (share of 4–5, share without 2, average).
 */
@Service
public class Curriculum {

	private final JdbcClient jdbc;

	private final ClassBook classes;

	private final SchoolRoles roles;

	private final SchoolTime time;

	Curriculum(JdbcClient jdbc, ClassBook classes, SchoolRoles roles, SchoolTime time) {
		this.jdbc = jdbc;
		this.classes = classes;
		this.roles = roles;
		this.time = time;
	}

	@Transactional
	public List<Plan> plan(Caller caller, UUID classGroupId, List<Plan> entries) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		roles.requireAdministration(caller, group.schoolId());
		List<FieldError> errors = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Plan p = entries.get(i);
			if (classes.subject(p.subjectId()).filter(s -> s.schoolId().equals(group.schoolId())).isEmpty()) {
				errors.add(new FieldError("entries[" + i + "].subjectId", "journal.subject.not-found"));
			}
			if (p.plannedHours() < 1 || p.plannedHours() > 400) {
				errors.add(new FieldError("entries[" + i + "].plannedHours", "journal.curriculum.bad-hours"));
			}
		}
		if (!errors.isEmpty()) {
			throw Refusal.rejectedItems("journal.curriculum.rejected", errors);
		}
		for (Plan p : entries) {
			jdbc.sql("""
					insert into curriculum (class_group_id, subject_id, planned_hours) values (?, ?, ?)
					on conflict (class_group_id, subject_id) do update set planned_hours = excluded.planned_hours""")
				.params(group.id(), p.subjectId(), p.plannedHours()).update();
		}
		return jdbc.sql("select subject_id, planned_hours from curriculum where class_group_id = ? order by subject_id")
			.param(group.id()).query(Plan.class).list();
	}

	/** J8 for a school over a span: per class group and subject, held against planned, by type, and results. */
	@Transactional(readOnly = true)
	public List<Statistics> statistics(Caller caller, UUID schoolId, LocalDate from, LocalDate to) {
		roles.requireAdministration(caller, schoolId, "journal.compliance.administration-only");
		DaySpan.of(from, to, "journal.period.bad");
		LocalDate today = time.today(schoolId);
		return jdbc.sql("""
				with pairs as (
				  select a.class_group_id, a.subject_id from teaching_assignment a join class_group g on g.id = a.class_group_id
				  where g.school_id = :school
				  union select c.class_group_id, c.subject_id from curriculum c join class_group g on g.id = c.class_group_id
				  where g.school_id = :school),
				held as (
				  select class_group_id, subject_id, count(*) as held,
				    count(*) filter (where lesson_type = 'REGULAR') as regular,
				    count(*) filter (where lesson_type = 'TEST') as tests,
				    count(*) filter (where lesson_type = 'LAB') as labs,
				    count(*) filter (where lesson_type = 'DISTANCE') as distance,
				    count(*) filter (where lesson_type not in ('REGULAR', 'TEST', 'LAB', 'DISTANCE')) as other
				  from lesson where school_id = :school and lesson_date between :from and :held_to
				  group by class_group_id, subject_id),
				results as (
				  select class_group_id, subject_id, count(*) as marks,
				    round(100.0 * count(*) filter (where points >= 4) / nullif(count(*), 0), 1) as share_good,
				    round(100.0 * count(*) filter (where points >= 3) / nullif(count(*), 0), 1) as share_without_two,
				    round(avg(points), 2) as average
				  from mark where school_id = :school and not deleted and points is not null and work_date between :from and :to
				  group by class_group_id, subject_id)
				select p.class_group_id, g.name as class_group_name, p.subject_id, s.name as subject_name,
				  c.planned_hours, coalesce(h.held, 0) as held, coalesce(h.regular, 0) as regular, coalesce(h.tests, 0) as tests,
				  coalesce(h.labs, 0) as labs, coalesce(h.distance, 0) as distance, coalesce(h.other, 0) as other,
				  coalesce(r.marks, 0) as marks, r.share_good, r.share_without_two, r.average
				from pairs p join class_group g on g.id = p.class_group_id join subject s on s.id = p.subject_id
				left join curriculum c on c.class_group_id = p.class_group_id and c.subject_id = p.subject_id
				left join held h on h.class_group_id = p.class_group_id and h.subject_id = p.subject_id
				left join results r on r.class_group_id = p.class_group_id and r.subject_id = p.subject_id
				order by g.name, s.name""")
			.param("school", schoolId).param("from", from).param("to", to)
			.param("held_to", to.isAfter(today) ? today : to)
			.query(Statistics.class).list();
	}

	public record Plan(UUID subjectId, int plannedHours) {
	}

	/** One class group and subject: hours planned for the year and held in the span, by type; results of the span. */
	public record Statistics(UUID classGroupId, String classGroupName, UUID subjectId, String subjectName,
			@Nullable Integer plannedHours, long held, long regular, long tests, long labs, long distance, long other, long marks,
			@Nullable BigDecimal shareGood, @Nullable BigDecimal shareWithoutTwo, @Nullable BigDecimal average) {
	}
}
