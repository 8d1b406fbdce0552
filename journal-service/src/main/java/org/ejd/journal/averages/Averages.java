package org.ejd.journal.averages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.ejd.contracts.journal.WeightedAverage;
import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.classes.ClassBook;
import org.ejd.journal.classes.ClassGroup;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Weighted averages of a class in a subject, exactly as they stood at the end of any day: each
 * mark's value, deletion and exclusion are taken as they were then, from the mark history.
 */
@Service
public class Averages {

	private final JdbcClient jdbc;

	private final ClassBook classes;

	private final PersonalDataAudit audit;

	private final SchoolRoles roles;

	private final SchoolTime time;

	Averages(JdbcClient jdbc, ClassBook classes, PersonalDataAudit audit, SchoolRoles roles, SchoolTime time) {
		this.jdbc = jdbc;
		this.classes = classes;
		this.audit = audit;
		this.roles = roles;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public List<StudentAverage> of(Caller caller, UUID classGroupId, UUID subjectId, @Nullable LocalDate asOf) {
		ClassGroup group = classes.find(classGroupId)
			.filter(g -> caller.actsIn(g.schoolId()))
			.orElseThrow(() -> Refusal.unknown("journal.class-group.not-found"));
		// "the end of the day" is midnight at the school, not at the server
		ZoneId zone = time.zone(group.schoolId());
		LocalDate day = asOf != null ? asOf : time.today(zone);
		if (!roles.leadsOrAdministers(caller, group.schoolId(), group.id())
				&& (caller.personId() == null || !classes.teaches(caller.person(), subjectId, group.id(), day))) {
			throw Refusal.notAllowed("journal.mark.not-your-assignment");
		}
		java.util.Map<UUID, List<WeightedAverage.Countable>> byStudent = new java.util.TreeMap<>();
		jdbc.sql("""
				with as_of as (
				  select m.student_id, m.weight,
				    coalesce(h.old_value, m.value) as value,
				    case when h.mark_id is null then m.deleted else false end as deleted,
				    coalesce(h.old_counted, m.counted) as counted
				  from mark m
				  left join lateral (
				    select mark_id, old_value, old_counted from mark_history
				    where mark_id = m.id and changed_at > :end order by version limit 1) h on true
				  where m.class_group_id = :group and m.subject_id = :subject and m.entered_at <= :end and m.work_date <= :day)
				select student_id, weight, value, counted from as_of
				where not deleted and value in ('1', '2', '3', '4', '5')""")
			.param("group", classGroupId).param("subject", subjectId).param("day", day)
			.param("end", java.sql.Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
			.query((rs, row) -> byStudent.computeIfAbsent(rs.getObject("student_id", UUID.class), id -> new java.util.ArrayList<>())
				.add(new WeightedAverage.Countable(rs.getString("value"), "five-point", rs.getBigDecimal("weight"), rs.getBoolean("counted"))))
			.list();
		// the rule itself is WeightedAverage's, the one contracts/vectors/averages.json checks
		List<StudentAverage> averages = new java.util.ArrayList<>();
		byStudent.forEach((student, entries) -> WeightedAverage.of(entries).ifPresent(average -> averages.add(new StudentAverage(
				student, average, entries.stream().filter(WeightedAverage.Countable::countable).count()))));
		audit.readAll(caller, averages.stream().map(StudentAverage::studentId).toList(), "journal-averages");
		return averages;
	}

	public record StudentAverage(UUID studentId, BigDecimal average, long marks) {

		public StudentAverage {
			average = average.setScale(2, RoundingMode.HALF_UP);
		}
	}
}
