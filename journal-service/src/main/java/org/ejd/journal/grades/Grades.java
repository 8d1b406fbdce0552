package org.ejd.journal.grades;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Summary marks (period, year, exam, final) with their history, and the summary sheet, in journal's database. */
@Repository
class Grades {

	private final JdbcClient jdbc;

	Grades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Grade> grade(UUID periodId, UUID studentId, UUID subjectId, GradeKind kind) {
		return jdbc.sql("""
				select id, period_id, school_id, class_group_id, subject_id, student_id, kind, value, points, deferred_until,
				  deferral_reason, teacher_id, entered_at, on_time, comment, version
				from grade where period_id = ? and student_id = ? and subject_id = ? and kind = ?""")
			.params(periodId, studentId, subjectId, kind.name()).query(Grade.class).optional();
	}

	/** The summary mark locked by this transaction, for a change against the version its author saw. */
	Optional<Grade> lock(UUID periodId, UUID studentId, UUID subjectId, GradeKind kind) {
		jdbc.sql("select id from grade where period_id = ? and student_id = ? and subject_id = ? and kind = ? for update")
			.params(periodId, studentId, subjectId, kind.name()).query(UUID.class).optional();
		return grade(periodId, studentId, subjectId, kind);
	}

	/** Inserts or replaces a summary mark at the next version; returns the stored grade. */
	Grade save(Grade g, @Nullable String reason) {
		long version = jdbc.sql("""
				insert into grade (id, period_id, school_id, class_group_id, subject_id, student_id, kind, value, points,
				  deferred_until, deferral_reason, teacher_id, entered_at, on_time, comment, version)
				values (:id, :periodId, :schoolId, :classGroupId, :subjectId, :studentId, :kind, :value, :points,
				  :deferredUntil, :deferralReason, :teacherId, :enteredAt, :onTime, :comment, 1)
				on conflict (period_id, student_id, subject_id, kind) do update set value = excluded.value,
				  points = excluded.points, deferred_until = excluded.deferred_until, deferral_reason = excluded.deferral_reason,
				  teacher_id = excluded.teacher_id, entered_at = excluded.entered_at, comment = excluded.comment,
				  version = grade.version + 1
				returning version""")
			.param("id", g.id()).param("periodId", g.periodId()).param("schoolId", g.schoolId())
			.param("classGroupId", g.classGroupId()).param("subjectId", g.subjectId()).param("studentId", g.studentId())
			.param("kind", g.kind()).param("value", g.value()).param("points", g.points())
			.param("deferredUntil", g.deferredUntil()).param("deferralReason", g.deferralReason())
			.param("teacherId", g.teacherId()).param("enteredAt", Timestamp.from(g.enteredAt().toInstant()))
			.param("onTime", g.onTime()).param("comment", g.comment())
			.query(Long.class).single();
		Grade stored = grade(g.periodId(), g.studentId(), g.subjectId(), GradeKind.valueOf(g.kind())).orElseThrow();
		jdbc.sql("""
				insert into grade_history (grade_id, version, value, deferred_until, changed_by, changed_at, reason)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(stored.id(), version, g.value(), g.deferredUntil(), g.teacherId(), Timestamp.from(g.enteredAt().toInstant()),
					reason)
			.update();
		return stored;
	}

	/** The class's final marks per student and subject for the academic year: the summary sheet (J7). */
	List<SheetCell> summarySheet(UUID classGroupId, String academicYear) {
		return jdbc.sql("""
				select g.student_id, st.last_name, st.first_name, s.name as subject_name, g.kind, g.value, g.deferred_until
				from grade g join reporting_period p on p.id = g.period_id join subject s on s.id = g.subject_id
				left join known_student st on st.id = g.student_id
				where g.class_group_id = ? and p.academic_year = ? and g.kind in ('YEAR', 'EXAM', 'FINAL')
				order by st.last_name, st.first_name, s.name, g.kind""")
			.params(classGroupId, academicYear).query(SheetCell.class).list();
	}

	/** A stored summary mark; {@code value} is null while the mark is deferred. */
	record Grade(UUID id, UUID periodId, UUID schoolId, UUID classGroupId, UUID subjectId, UUID studentId,
			@Schema(allowableValues = { "PERIOD", "YEAR", "EXAM", "FINAL" }) String kind,
			@Nullable String value, @Nullable Integer points, @Nullable LocalDate deferredUntil, @Nullable String deferralReason,
			UUID teacherId, OffsetDateTime enteredAt, boolean onTime, @Nullable String comment, long version) {
	}

	record SheetCell(UUID studentId, @Nullable String lastName, @Nullable String firstName, String subjectName,
			@Schema(allowableValues = { "YEAR", "EXAM", "FINAL" }) String kind,
			@Nullable String value, @Nullable LocalDate deferredUntil) {
	}
}
