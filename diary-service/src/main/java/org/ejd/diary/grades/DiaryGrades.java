package org.ejd.diary.grades;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.diary.years.SchoolYears;
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

	/** The student's grades, each with its year's archive state (ADR 0054). */
	public List<GradeView> of(UUID studentId, @Nullable String academicYear) {
		return jdbc.sql("""
				select g.grade_id, g.student_id, g.subject_name, g.period_id, g.period_name, g.academic_year, g.kind, g.value,
				  g.deferred_until, g.deferral_reason, """ + SchoolYears.columns("y") + """

				from grade g
				left join period p on p.id = g.period_id
				left join school_year y on y.school_id = coalesce(g.school_id, p.school_id) and y.academic_year = g.academic_year
				where g.student_id = ? and (cast(? as text) is null or g.academic_year = ?)
				order by g.academic_year, g.period_name, g.subject_name, g.kind""")
			.params(studentId, academicYear, academicYear)
			.query((rs, n) -> new GradeView(rs.getObject("grade_id", UUID.class), rs.getObject("student_id", UUID.class),
					rs.getString("subject_name"), rs.getObject("period_id", UUID.class), rs.getString("period_name"),
					rs.getString("academic_year"), rs.getString("kind"), rs.getString("value"),
					rs.getObject("deferred_until", LocalDate.class), rs.getString("deferral_reason"), SchoolYears.YearState.of(rs)))
			.list();
	}

	/**
	 * A period, year, exam or final mark or its deferral; {@code schoolYear} the archive state of its academic year, null
	 * while the journal never closed it ({@code archived} true: final in the journal's archive; false: reopened at
	 * {@code reopenedAt}).
	 */
	public record GradeView(UUID gradeId, UUID studentId, String subjectName, UUID periodId, String periodName,
			String academicYear,
			@Schema(allowableValues = { "period", "year", "exam", "final" }) String kind, @Nullable String value, @Nullable LocalDate deferredUntil,
			@Nullable String deferralReason, SchoolYears.@Nullable YearState schoolYear) {
	}
}
