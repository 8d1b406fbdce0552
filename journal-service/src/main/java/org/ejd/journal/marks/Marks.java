package org.ejd.journal.marks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.journal.marks.domain.Mark;
import org.ejd.journal.marks.domain.MarkValue;
import org.ejd.journal.marks.domain.WorkType;
import org.ejd.platform.web.paging.Cursor;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marks and their correction history in journal's database. */
@Repository
class Marks {

	private static final String COLUMNS = """
			id, school_id, student_id, class_group_id, subject_id, teacher_id, value, work_type, weight, work_date,
			entered_at, on_time, comment, version, deleted, counted""";

	private final JdbcClient jdbc;

	private final JdbcTemplate jdbcTemplate;

	Marks(JdbcClient jdbc, JdbcTemplate jdbcTemplate) {
		this.jdbc = jdbc;
		this.jdbcTemplate = jdbcTemplate;
	}

	/** New marks in one JDBC batch (the driver rewrites it into multi-row inserts: reWriteBatchedInserts). */
	void insertAll(List<Mark> posted, @Nullable String enteredByClient, @Nullable UUID submissionId) {
		jdbcTemplate.batchUpdate("""
				insert into mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points,
				  work_type, weight, work_date, entered_at, on_time, comment, version, counted, entered_by_client, submission_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", posted, posted.size(), (ps, m) -> {
			ps.setObject(1, m.id());
			ps.setObject(2, m.schoolId());
			ps.setObject(3, m.studentId());
			ps.setObject(4, m.classGroupId());
			ps.setObject(5, m.subjectId());
			ps.setObject(6, m.teacherId());
			ps.setString(7, m.value().text());
			ps.setString(8, m.value().scale().name());
			ps.setObject(9, m.value().points(), java.sql.Types.SMALLINT);
			ps.setString(10, m.workType().name());
			ps.setDouble(11, m.weight());
			ps.setObject(12, m.workDate());
			ps.setTimestamp(13, Timestamp.from(m.enteredAt()));
			ps.setBoolean(14, m.onTime());
			ps.setString(15, m.comment());
			ps.setLong(16, m.version());
			ps.setBoolean(17, m.counted());
			ps.setString(18, enteredByClient);
			ps.setObject(19, submissionId, java.sql.Types.OTHER);
		});
	}

	void insert(Mark m) {
		jdbc.sql("""
				insert into mark (id, school_id, student_id, class_group_id, subject_id, teacher_id, value, scale, points,
				  work_type, weight, work_date, entered_at, on_time, comment, version, counted)
				values (:id, :schoolId, :studentId, :classGroupId, :subjectId, :teacherId, :value, :scale, :points,
				  :workType, :weight, :workDate, :enteredAt, :onTime, :comment, :version, :counted)""")
			.param("id", m.id()).param("schoolId", m.schoolId()).param("studentId", m.studentId())
			.param("classGroupId", m.classGroupId()).param("subjectId", m.subjectId()).param("teacherId", m.teacherId())
			.param("value", m.value().text()).param("scale", m.value().scale().name()).param("points", m.value().points())
			.param("workType", m.workType().name()).param("weight", m.weight()).param("workDate", m.workDate())
			.param("enteredAt", Timestamp.from(m.enteredAt())).param("onTime", m.onTime()).param("comment", m.comment())
			.param("version", m.version()).param("counted", m.counted())
			.update();
	}

	/** The integration client that entered the mark for its teacher (ADR 0042), if one did. */
	Optional<String> enteredByClient(UUID id) {
		return jdbc.sql("select entered_by_client from mark where id = ? and entered_by_client is not null").param(id)
			.query(String.class).optional();
	}

	Optional<Mark> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from mark where id = ?").param(id).query(Marks::mark).optional();
	}

	/** Writes the new state only if nobody changed the mark since {@code expectedVersion}. */
	boolean update(Mark m, long expectedVersion) {
		return jdbc.sql("""
				update mark set value = :value, scale = :scale, points = :points, comment = :comment, version = :version,
				  deleted = :deleted, counted = :counted
				where id = :id and version = :expected""")
			.param("value", m.value().text()).param("scale", m.value().scale().name()).param("points", m.value().points())
			.param("comment", m.comment()).param("version", m.version()).param("deleted", m.deleted())
			.param("counted", m.counted())
			.param("id", m.id()).param("expected", expectedVersion)
			.update() == 1;
	}

	void recordChange(Mark before, Mark after, String action, UUID changedBy, @Nullable String changedByClient, String reason,
			Instant at) {
		jdbc.sql("""
				insert into mark_history (mark_id, version, action, old_value, new_value, old_comment, new_comment,
				  changed_by, changed_at, reason, old_counted, new_counted, changed_by_client)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(after.id(), after.version(), action, before.value().text(), after.deleted() ? null : after.value().text(),
					before.comment(), after.comment(), changedBy, Timestamp.from(at), reason, before.counted(), after.counted(),
					changedByClient)
			.update();
	}

	/** A mark entered into a closed period: the reason goes into its history as the first entry (J11). */
	void recordLateEntry(Mark mark, String reason) {
		jdbc.sql("""
				insert into mark_history (mark_id, version, action, old_value, new_value, changed_by, changed_at, reason,
				  old_counted, new_counted)
				values (?, ?, 'ENTERED_AFTER_CLOSING', '', ?, ?, ?, ?, ?, ?)""")
			.params(mark.id(), mark.version(), mark.value().text(), mark.teacherId(), Timestamp.from(mark.enteredAt()), reason,
					mark.counted(), mark.counted())
			.update();
	}

	List<Change> history(UUID markId) {
		return jdbc.sql("""
				select version, action, old_value, new_value, changed_by, changed_at, reason from mark_history
				where mark_id = ? order by version""").param(markId).query(Change.class).list();
	}

	/** One page of a class group's marks in a subject by (work date, entered at, id); the cursor is the last one's. */
	Page<MarkRow> ofClassGroup(UUID classGroupId, UUID subjectId, PageRequest page) {
		String query = """
				select id, student_id, value, work_type, weight, work_date, entered_at, on_time, comment, version, counted from mark
				where class_group_id = ? and subject_id = ? and not deleted""";
		String order = " order by work_date, entered_at, id limit ?";
		Cursor after = page.after();
		List<MarkRow> rows = after == null
				? jdbc.sql(query + order).params(classGroupId, subjectId, page.fetchSize()).query(MarkRow.class).list()
				: jdbc.sql(query + " and (work_date, entered_at, id) > (?, ?, ?)" + order)
					.params(classGroupId, subjectId, after.date(0), after.time(1), after.uuid(2), page.fetchSize())
					.query(MarkRow.class).list();
		return Page.of(rows, page, m -> Cursor.of(m.workDate(), m.enteredAt(), m.id()));
	}

	private static Mark mark(ResultSet rs, int row) throws SQLException {
		return new Mark(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getObject("student_id", UUID.class), rs.getObject("class_group_id", UUID.class),
				rs.getObject("subject_id", UUID.class), rs.getObject("teacher_id", UUID.class),
				MarkValue.parse(rs.getString("value")).orElseThrow(), WorkType.valueOf(rs.getString("work_type")),
				rs.getDouble("weight"), rs.getObject("work_date", LocalDate.class),
				rs.getTimestamp("entered_at").toInstant(), rs.getBoolean("on_time"), rs.getString("comment"),
				rs.getLong("version"), rs.getBoolean("deleted"), rs.getBoolean("counted"));
	}

	record MarkRow(UUID id, UUID studentId, String value, String workType, double weight, LocalDate workDate,
			OffsetDateTime enteredAt, boolean onTime, @Nullable String comment, long version, boolean counted) {
	}

	/** One correction or deletion: who, when, why, from what to what (J11). */
	@Schema(name = "MarkChange") // one schema per feature (springdoc names by simple name)
	record Change(long version,
			@Schema(allowableValues = { "CORRECTED", "DELETED", "ENTERED_AFTER_CLOSING" }) String action, String oldValue, @Nullable String newValue, UUID changedBy,
			OffsetDateTime changedAt, String reason) {
	}
}
