package org.ejd.journal.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.DaySpan;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * J9 per class teacher: for each class group of the school with its class teacher, the journal's state of the class over
 * the span (the teachers' entries summed up, as {@link ComplianceReport} counts them per teacher) and the class teacher's
 * own duties: absence notes of the class still waiting for their decision, and students without a year mark in a
 * subject taught to the class once the year's last period ended. For the deputy head and the school admin.
 */
@Service
public class ClassTeacherCompliance {

	private final ComplianceReport report;

	private final SchoolRoles roles;

	private final JdbcClient jdbc;

	ClassTeacherCompliance(ComplianceReport report, SchoolRoles roles, JdbcClient jdbc) {
		this.report = report;
		this.roles = roles;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<Row> of(Caller caller, UUID schoolId, LocalDate from, LocalDate to) {
		List<ComplianceReport.Row> entries = report.of(caller, schoolId, from, to);
		DaySpan.of(from, to, "journal.period.bad");
		return jdbc.sql("""
				select g.id as class_group_id, g.name as class_group_name, g.class_teacher_id,
				  case when st.person_id is null then null else st.last_name || ' ' || st.first_name end as class_teacher_name,
				  (select count(*) from absence_note n where n.class_group_id = g.id and n.status = 'filed') as absence_notes_waiting,
				  (select count(*) from enrolment e join (select distinct class_group_id, subject_id from teaching_assignment) ta
				     on ta.class_group_id = e.class_group_id
				   where e.class_group_id = g.id and e.enrolled_to is null
				     and exists (select 1 from reporting_period p where p.school_id = g.school_id and p.academic_year = g.academic_year
				       and p.end_date between :from and :to)
				     and not exists (select 1 from reporting_period p where p.school_id = g.school_id
				       and p.academic_year = g.academic_year and p.end_date > :to)
				     and not exists (select 1 from grade gr join reporting_period p on p.id = gr.period_id
				       where gr.student_id = e.student_id and gr.subject_id = ta.subject_id and gr.kind = 'YEAR'
				         and p.academic_year = g.academic_year)) as year_marks_missing
				from class_group g left join known_staff st on st.person_id = g.class_teacher_id and st.school_id = g.school_id
				where g.school_id = :school and g.class_teacher_id is not null
				order by g.name""")
			.param("school", schoolId).param("from", from).param("to", to)
			.query((rs, n) -> {
				UUID group = rs.getObject("class_group_id", UUID.class);
				List<ComplianceReport.Row> of = entries.stream().filter(r -> r.classGroupId().equals(group)).toList();
				return new Row(group, rs.getString("class_group_name"), rs.getObject("class_teacher_id", UUID.class),
						rs.getString("class_teacher_name"), sum(of, ComplianceReport.Row::marksLate),
						sum(of, ComplianceReport.Row::lessonsWithoutTopic), sum(of, ComplianceReport.Row::topicsLate),
						sum(of, ComplianceReport.Row::lessonsWithoutAttendance), sum(of, ComplianceReport.Row::attendanceLate),
						sum(of, ComplianceReport.Row::periodMarksMissing), sum(of, ComplianceReport.Row::periodMarksLate),
						rs.getLong("absence_notes_waiting"), rs.getLong("year_marks_missing"));
			})
			.list();
	}

	private static long sum(List<ComplianceReport.Row> rows, java.util.function.ToLongFunction<ComplianceReport.Row> what) {
		return rows.stream().mapToLong(what).sum();
	}

	/**
	 * One class and its class teacher: the class's entries late or missing (all its teachers) and the class teacher's own
	 * duties ({@code absenceNotesWaiting}, {@code yearMarksMissing} after the year's last period ended in the span).
	 */
	@Schema(name = "ClassTeacherComplianceRow") // one schema per feature (springdoc names by simple name)
	public record Row(UUID classGroupId, String classGroupName, UUID classTeacherId, @Nullable String classTeacherName,
			long marksLate, long lessonsWithoutTopic, long topicsLate, long lessonsWithoutAttendance, long attendanceLate,
			long periodMarksMissing, long periodMarksLate, long absenceNotesWaiting, long yearMarksMissing) {
	}
}
