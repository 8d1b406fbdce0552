package org.ejd.journal.periods;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reporting periods and summary marks (period, year, exam, final) in journal's database. */
@Repository
class Grades {

	private final JdbcClient jdbc;

	Grades(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ReportingPeriod p) {
		jdbc.sql("""
				insert into reporting_period (id, school_id, academic_year, name, kind, start_date, end_date)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.schoolId(), p.academicYear(), p.name(), p.kind().name(), p.startDate(), p.endDate()).update();
	}

	boolean overlaps(UUID schoolId, ReportingPeriod.Kind kind, LocalDate start, LocalDate end) {
		return jdbc.sql("""
				select count(*) from reporting_period where school_id = ? and kind = ? and start_date <= ? and end_date >= ?""")
			.params(schoolId, kind.name(), end, start).query(Integer.class).single() > 0;
	}

	Optional<ReportingPeriod> period(UUID id) {
		return jdbc.sql("select id, school_id, academic_year, name, kind, start_date, end_date, closed_at from reporting_period where id = ?")
			.param(id).query(Grades::period).optional();
	}

	List<ReportingPeriod> periods(UUID schoolId, String academicYear) {
		return jdbc.sql("""
				select id, school_id, academic_year, name, kind, start_date, end_date, closed_at from reporting_period
				where school_id = ? and academic_year = ? order by start_date, kind""")
			.params(schoolId, academicYear).query(Grades::period).list();
	}

	Optional<ReportingPeriod> closedOn(UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select id, school_id, academic_year, name, kind, start_date, end_date, closed_at from reporting_period
				where school_id = ? and closed_at is not null and start_date <= ? and end_date >= ? limit 1""")
			.params(schoolId, day, day).query(Grades::period).optional();
	}

	void close(UUID id, UUID by, Instant at) {
		jdbc.sql("update reporting_period set closed_at = ?, closed_by = ? where id = ? and closed_at is null")
			.params(Timestamp.from(at), by, id).update();
	}

	Optional<Grade> grade(UUID periodId, UUID studentId, UUID subjectId, GradeKind kind) {
		return jdbc.sql("""
				select id, period_id, school_id, class_group_id, subject_id, student_id, kind, value, points, deferred_until,
				  deferral_reason, teacher_id, entered_at, on_time, comment, version
				from grade where period_id = ? and student_id = ? and subject_id = ? and kind = ?""")
			.params(periodId, studentId, subjectId, kind.name()).query(Grade.class).optional();
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

	private static ReportingPeriod period(ResultSet rs, int row) throws SQLException {
		Timestamp closed = rs.getTimestamp("closed_at");
		return new ReportingPeriod(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getString("academic_year"), rs.getString("name"), ReportingPeriod.Kind.valueOf(rs.getString("kind")),
				rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
				closed == null ? null : closed.toInstant());
	}

	/** A stored summary mark; {@code value} is null while the mark is deferred. */
	record Grade(UUID id, UUID periodId, UUID schoolId, UUID classGroupId, UUID subjectId, UUID studentId, String kind,
			@Nullable String value, @Nullable Integer points, @Nullable LocalDate deferredUntil, @Nullable String deferralReason,
			UUID teacherId, java.time.OffsetDateTime enteredAt, boolean onTime, @Nullable String comment, long version) {
	}

	record SheetCell(UUID studentId, @Nullable String lastName, @Nullable String firstName, String subjectName, String kind,
			@Nullable String value, @Nullable LocalDate deferredUntil) {
	}
}
