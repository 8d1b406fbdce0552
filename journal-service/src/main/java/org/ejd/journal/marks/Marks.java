package org.ejd.journal.marks;

import java.util.List;
import java.util.UUID;

import org.ejd.journal.marks.domain.Mark;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marks in journal's database. */
@Repository
class Marks {

	private final JdbcClient jdbc;

	Marks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Mark m) {
		jdbc.sql("""
				insert into mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points,
				  work_type, weight, work_date, entered_at, on_time, comment, version)
				values (:id, :schoolId, :studentId, :classGroupId, :subjectId, :teacherId, :value, :scale, :points,
				  :workType, :weight, :workDate, :enteredAt, :onTime, :comment, :version)""")
			.param("id", m.id()).param("schoolId", m.schoolId()).param("studentId", m.studentId())
			.param("classGroupId", m.classGroupId()).param("subjectId", m.subjectId()).param("teacherId", m.teacherId())
			.param("value", m.value().text()).param("scale", m.value().scale().name()).param("points", m.value().points())
			.param("workType", m.workType().name()).param("weight", m.weight()).param("workDate", m.workDate())
			.param("enteredAt", java.sql.Timestamp.from(m.enteredAt())).param("onTime", m.onTime()).param("comment", m.comment())
			.param("version", m.version())
			.update();
	}

	List<MarkRow> ofClassGroup(UUID classGroupId, UUID subjectId) {
		return jdbc.sql("""
				select id, student_id, value, work_type, weight, work_date, entered_at, on_time, comment from mark
				where class_group_id = ? and subject_id = ? order by work_date, entered_at""")
			.params(classGroupId, subjectId).query(MarkRow.class).list();
	}

	record MarkRow(UUID id, UUID studentId, String value, String workType, double weight, java.time.LocalDate workDate,
			java.time.OffsetDateTime enteredAt, boolean onTime, String comment) {
	}
}
