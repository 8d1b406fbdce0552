package org.ejd.diary.grades;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Period, year, exam and final marks as the diary shows them (D1, D9), from journal.periods.v1. */
@Repository
public class DiaryGrades {

	private final JdbcClient jdbc;

	DiaryGrades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void upsert(GradeView g, UUID schoolId, long version) {
		jdbc.sql("""
				insert into grade (grade_id, student_id, subject_name, period_id, period_name, academic_year, kind, value,
				  deferred_until, deferral_reason, version, school_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (grade_id) do update set value = excluded.value, deferred_until = excluded.deferred_until,
				  deferral_reason = excluded.deferral_reason, period_name = excluded.period_name, version = excluded.version
				where grade.version < excluded.version""")
			.params(g.gradeId(), g.studentId(), g.subjectName(), g.periodId(), g.periodName(), g.academicYear(), g.kind(),
					g.value(), g.deferredUntil(), g.deferralReason(), version, schoolId)
			.update();
	}

	public List<GradeView> of(UUID studentId, @Nullable String academicYear) {
		return jdbc.sql("""
				select grade_id, student_id, subject_name, period_id, period_name, academic_year, kind, value, deferred_until,
				  deferral_reason
				from grade where student_id = ? and (cast(? as text) is null or academic_year = ?)
				order by academic_year, period_name, subject_name, kind""")
			.params(studentId, academicYear, academicYear).query(GradeView.class).list();
	}

	public record GradeView(UUID gradeId, UUID studentId, String subjectName, UUID periodId, String periodName,
			String academicYear, String kind, @Nullable String value, @Nullable LocalDate deferredUntil,
			@Nullable String deferralReason) {
	}
}
