package org.ejd.journal.lessons;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ejd.platform.web.paging.Cursor;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lessons in journal's database. */
@Repository
class Lessons {

	private static final String COLUMNS = """
			id, school_id, class_group_id, subject_id, teacher_id, lesson_date, period_no, lesson_type, topic, homework,
			homework_due, topic_entered_at, topic_on_time, version, substitute_id, moved_from_date, moved_from_period,
			change_reason, room""";

	private final JdbcClient jdbc;

	Lessons(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Lesson l) {
		jdbc.sql("insert into lesson (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(l.id(), l.schoolId(), l.classGroupId(), l.subjectId(), l.teacherId(), l.date(), l.periodNo(), l.type().name(),
					l.topic(), l.homework(), l.homeworkDue(), l.topicEnteredAt() == null ? null : Timestamp.from(l.topicEnteredAt()),
					l.topicOnTime(), l.version(), substitute(l), movedFromDate(l), movedFromPeriod(l), reason(l), l.room())
			.update();
	}

	boolean update(Lesson l, long expectedVersion) {
		return jdbc.sql("""
				update lesson set lesson_type = ?, topic = ?, homework = ?, homework_due = ?, topic_entered_at = ?,
				  topic_on_time = ?, version = ?, lesson_date = ?, period_no = ?, substitute_id = ?, moved_from_date = ?,
				  moved_from_period = ?, change_reason = ?, room = ?
				where id = ? and version = ?""")
			.params(l.type().name(), l.topic(), l.homework(), l.homeworkDue(),
					l.topicEnteredAt() == null ? null : Timestamp.from(l.topicEnteredAt()), l.topicOnTime(), l.version(), l.date(),
					l.periodNo(), substitute(l), movedFromDate(l), movedFromPeriod(l), reason(l), l.room(), l.id(), expectedVersion)
			.update() == 1;
	}

	Optional<Lesson> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from lesson where id = ?").param(id).query(Lessons::lesson).optional();
	}

	/** Why the lesson was cancelled, or empty while it takes place (D3). */
	Optional<String> cancellationReason(UUID id) {
		return jdbc.sql("select cancellation_reason from lesson where id = ? and cancellation_reason is not null").param(id)
			.query(String.class).optional();
	}

	/** Cancels the lesson at the version the caller saw; false when someone changed it first. */
	boolean cancel(UUID id, String reason, long expectedVersion) {
		return jdbc.sql("update lesson set cancellation_reason = ?, version = version + 1 where id = ? and version = ?")
			.params(reason, id, expectedVersion).update() == 1;
	}

	boolean slotTaken(UUID classGroupId, LocalDate date, int periodNo) {
		return jdbc.sql("select count(*) from lesson where class_group_id = ? and lesson_date = ? and period_no = ?")
			.params(classGroupId, date, periodNo).query(Integer.class).single() > 0;
	}

	/** One page of a class group's lessons by (date, period, id); the cursor is the last one's. */
	Page<Lesson> ofClassGroup(UUID classGroupId, LocalDate from, LocalDate to, PageRequest page) {
		String query = "select " + COLUMNS + " from lesson where class_group_id = ? and lesson_date between ? and ?";
		String order = " order by lesson_date, period_no, id limit ?";
		Cursor after = page.after();
		List<Lesson> rows = after == null
				? jdbc.sql(query + order).params(classGroupId, from, to, page.fetchSize()).query(Lessons::lesson).list()
				: jdbc.sql(query + " and (lesson_date, period_no, id) > (?, ?, ?)" + order)
					.params(classGroupId, from, to, after.date(0), after.integer(1), after.uuid(2), page.fetchSize())
					.query(Lessons::lesson).list();
		return Page.of(rows, page, l -> Cursor.of(l.date(), l.periodNo(), l.id()));
	}

	private static Lesson lesson(ResultSet rs, int row) throws SQLException {
		Timestamp entered = rs.getTimestamp("topic_entered_at");
		return new Lesson(rs.getObject("id", UUID.class), rs.getObject("school_id", UUID.class),
				rs.getObject("class_group_id", UUID.class), rs.getObject("subject_id", UUID.class),
				rs.getObject("teacher_id", UUID.class), rs.getObject("lesson_date", LocalDate.class), rs.getInt("period_no"),
				Lesson.Type.valueOf(rs.getString("lesson_type")), rs.getString("topic"), rs.getString("homework"),
				rs.getObject("homework_due", LocalDate.class), entered == null ? null : entered.toInstant(),
				rs.getBoolean("topic_on_time"), rs.getLong("version"), change(rs), rs.getString("room"));
	}

	private static Lesson.Change change(ResultSet rs) throws SQLException {
		String reason = rs.getString("change_reason");
		if (reason == null) {
			return null;
		}
		int period = rs.getInt("moved_from_period");
		return new Lesson.Change(rs.getObject("substitute_id", UUID.class), rs.getObject("moved_from_date", LocalDate.class),
				rs.wasNull() ? null : period, reason);
	}

	private static UUID substitute(Lesson l) {
		return l.change() == null ? null : l.change().substituteId();
	}

	private static LocalDate movedFromDate(Lesson l) {
		return l.change() == null ? null : l.change().movedFromDate();
	}

	private static Integer movedFromPeriod(Lesson l) {
		return l.change() == null ? null : l.change().movedFromPeriod();
	}

	private static String reason(Lesson l) {
		return l.change() == null ? null : l.change().reason();
	}
}
