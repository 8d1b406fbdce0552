package org.ejd.journal.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.platform.audit.PersonalDataAudit;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * J9: the students still without a year mark, per subject taught to their class in the academic year (a deferred one is
 * listed with its date). The school's administration sees every class, a class teacher the classes they lead.
 */
@Service
public class MissingYearMarks {

	private final SchoolRoles roles;

	private final JdbcClient jdbc;

	private final PersonalDataAudit audit;

	MissingYearMarks(SchoolRoles roles, JdbcClient jdbc, PersonalDataAudit audit) {
		this.roles = roles;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public List<Row> of(Caller caller, UUID schoolId, String academicYear) {
		if (!caller.actsIn(schoolId)) {
			throw Refusal.unknown("journal.school.not-found");
		}
		boolean administration = roles.administers(caller, schoolId);
		if (!administration && !(caller.has(Role.CLASS_TEACHER) && caller.personId() != null)) {
			throw Refusal.notAllowed("journal.compliance.administration-only");
		}
		List<Row> rows = jdbc.sql("""
				select e.student_id, st.last_name, st.first_name, g.id as class_group_id, g.name as class_group_name,
				  s.id as subject_id, s.name as subject_name,
				  (select gr.deferred_until from grade gr join reporting_period p on p.id = gr.period_id
				   where gr.student_id = e.student_id and gr.subject_id = s.id and gr.kind = 'YEAR' and p.academic_year = g.academic_year
				   limit 1) as deferred_until
				from class_group g
				join enrolment e on e.class_group_id = g.id and e.enrolled_to is null
				join (select distinct class_group_id, subject_id from teaching_assignment) ta on ta.class_group_id = g.id
				join subject s on s.id = ta.subject_id
				left join known_student st on st.id = e.student_id
				where g.school_id = :school and g.academic_year = :year
				  and (:all or g.class_teacher_id = cast(:teacher as uuid))
				  and not exists (select 1 from grade gr join reporting_period p on p.id = gr.period_id
				    where gr.student_id = e.student_id and gr.subject_id = s.id and gr.kind = 'YEAR' and p.academic_year = g.academic_year
				      and gr.value is not null)
				order by g.name, st.last_name, st.first_name, s.name""")
			.param("school", schoolId).param("year", academicYear).param("all", administration)
			.param("teacher", caller.personId(), java.sql.Types.OTHER)
			.query(Row.class).list();
		audit.readAll(caller, rows.stream().map(Row::studentId).toList(), "journal-missing-year-marks");
		return rows;
	}

	/** A student without a year mark in a subject; {@code deferredUntil} when the mark is deferred (J6). */
	@Schema(name = "MissingYearMarksRow") // one schema per feature (springdoc names by simple name)
	public record Row(UUID studentId, @Nullable String lastName, @Nullable String firstName, UUID classGroupId,
			String classGroupName, UUID subjectId, String subjectName, @Nullable LocalDate deferredUntil) {
	}
}
