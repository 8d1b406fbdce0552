package org.ejd.journal.compliance;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.access.SchoolRoles;
import org.ejd.journal.policy.DeadlinePolicies;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.DaySpan;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * J9: how well the journal is kept, per teacher, class group and subject: late marks, lessons
 * without a topic or with a late one, lessons held without attendance, late attendance, and period
 * marks still missing after the period's deadline (J6) or entered after it. For the deputy head and the school admin.
 */
@Service
public class ComplianceReport {

	private final JdbcClient jdbc;

	private final DeadlinePolicies policies;

	private final SchoolRoles roles;

	private final SchoolTime time;

	ComplianceReport(JdbcClient jdbc, DeadlinePolicies policies, SchoolRoles roles, SchoolTime time) {
		this.jdbc = jdbc;
		this.policies = policies;
		this.roles = roles;
		this.time = time;
	}

	@Transactional(readOnly = true)
	public List<Row> of(Caller caller, UUID schoolId, LocalDate from, LocalDate to) {
		roles.requireAdministration(caller, schoolId, "journal.compliance.administration-only");
		DaySpan.of(from, to, "journal.period.bad");
		LocalDate today = time.today(schoolId);
		LocalDate heldUntil = to.isAfter(today) ? today : to;
		return jdbc.sql("""
				with m as (
				  select teacher_id, class_group_id, subject_id, count(*) as marks, count(*) filter (where not on_time) as marks_late
				  from mark where school_id = :school and not deleted and work_date between :from and :to
				  group by teacher_id, class_group_id, subject_id),
				l as (
				  select teacher_id, class_group_id, subject_id, count(*) as lessons,
				    count(*) filter (where topic is null) as lessons_without_topic,
				    count(*) filter (where topic is not null and not topic_on_time) as topics_late,
				    count(*) filter (where not exists (select 1 from attendance a where a.lesson_id = lesson.id))
				      as lessons_without_attendance,
				    coalesce(sum((select count(*) from attendance a where a.lesson_id = lesson.id and not a.on_time)), 0)
				      as attendance_late
				  from lesson where school_id = :school and lesson_date between :from and :held
				  group by teacher_id, class_group_id, subject_id),
				k as (
				  select coalesce(m.teacher_id, l.teacher_id) as teacher_id, coalesce(m.class_group_id, l.class_group_id) as class_group_id,
				    coalesce(m.subject_id, l.subject_id) as subject_id, coalesce(m.marks, 0) as marks, coalesce(m.marks_late, 0) as marks_late,
				    coalesce(l.lessons, 0) as lessons, coalesce(l.lessons_without_topic, 0) as lessons_without_topic,
				    coalesce(l.topics_late, 0) as topics_late, coalesce(l.lessons_without_attendance, 0) as lessons_without_attendance,
				    coalesce(l.attendance_late, 0) as attendance_late
				  from m full join l on m.teacher_id = l.teacher_id and m.class_group_id = l.class_group_id and m.subject_id = l.subject_id)
				select k.teacher_id, coalesce(st.last_name || ' ' || st.first_name, '') as teacher_name, k.class_group_id,
				  g.name as class_group_name, k.subject_id, s.name as subject_name, k.marks, k.marks_late, k.lessons,
				  k.lessons_without_topic, k.topics_late, k.lessons_without_attendance, k.attendance_late,
				  (select count(*) from reporting_period p
				     join enrolment e on e.class_group_id = k.class_group_id
				       and e.enrolled_from <= p.end_date and (e.enrolled_to is null or e.enrolled_to >= p.end_date)
				   where p.school_id = :school and p.kind <> 'YEAR' and p.end_date between :from and :to
				     and p.end_date + :periodDays < :today
				     and not exists (select 1 from grade gr where gr.period_id = p.id and gr.student_id = e.student_id
				       and gr.subject_id = k.subject_id and gr.kind = 'PERIOD')) as period_marks_missing,
				  (select count(*) from grade gr join reporting_period p on p.id = gr.period_id
				   where gr.class_group_id = k.class_group_id and gr.subject_id = k.subject_id and gr.kind = 'PERIOD'
				     and not gr.on_time and p.school_id = :school and p.end_date between :from and :to) as period_marks_late
				from k join class_group g on g.id = k.class_group_id join subject s on s.id = k.subject_id
				left join known_staff st on st.person_id = k.teacher_id and st.school_id = g.school_id
				order by teacher_name, class_group_name, subject_name""")
			.param("school", schoolId).param("from", from).param("to", to).param("held", heldUntil).param("today", today)
			.param("periodDays", policies.of(schoolId).periodMarkDays())
			.query(Row.class).list();
	}

	/** One teacher's entries for one class group and subject in the period. */
	@Schema(name = "ComplianceRow") // one schema per feature (springdoc names by simple name)
	public record Row(UUID teacherId, @Nullable String teacherName, UUID classGroupId, String classGroupName, UUID subjectId,
			String subjectName, long marks, long marksLate, long lessons, long lessonsWithoutTopic, long topicsLate,
			long lessonsWithoutAttendance, long attendanceLate, long periodMarksMissing, long periodMarksLate) {
	}
}
