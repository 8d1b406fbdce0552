package org.ejd.diary.marks;

import static org.ejd.platform.jdbc.UnnestRows.column;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.jdbc.UnnestRows;
import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.web.paging.Cursor;
import org.ejd.platform.web.paging.Page;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Marks as the diary shows them, built from journal.marks.v1. */
@Repository
public class DiaryMarks {

	private final JdbcClient jdbc;

	DiaryMarks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Versioned upserts: a late or repeated event never overwrites a newer state; the row keeps that event's time. One
	 * statement for a poll's marks (issue 13, ADR 0083, ADR 0096): PostgreSQL plans and starts one insert, not one per
	 * mark. A statement may not update a row twice, so each mark's highest version is kept first: applied one after the
	 * other, the versioned upserts would leave the same.
	 */
	void upsertAll(List<DiaryMark> marks) {
		if (marks.isEmpty()) {
			return;
		}
		List<DiaryMark> rows = UnnestRows.highestVersionOfEach(marks, DiaryMark::markId, DiaryMark::version);
		jdbc.sql("""
				insert into diary_mark (mark_id, student_id, school_id, subject_id, subject_name, value, points, scale, work_type,
				  weight, work_date, entered_at, comment, version, counted, event_time)
				select * from unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::smallint[], ?::text[],
				  ?::text[], ?::numeric[], ?::date[], ?::timestamptz[], ?::text[], ?::bigint[], ?::boolean[], ?::timestamptz[])
				on conflict (mark_id) do update set value = excluded.value, points = excluded.points, scale = excluded.scale,
				  work_type = excluded.work_type, weight = excluded.weight, work_date = excluded.work_date,
				  comment = excluded.comment, subject_name = excluded.subject_name, version = excluded.version, deleted = false,
				  counted = excluded.counted, event_time = excluded.event_time
				where diary_mark.version < excluded.version""")
			.params(column(rows, DiaryMark::markId), column(rows, DiaryMark::studentId), column(rows, DiaryMark::schoolId),
					column(rows, DiaryMark::subjectId), column(rows, DiaryMark::subjectName), column(rows, DiaryMark::value),
					column(rows, DiaryMark::points), column(rows, DiaryMark::scale), column(rows, DiaryMark::workType),
					column(rows, DiaryMark::weight), column(rows, DiaryMark::workDate), column(rows, DiaryMark::enteredAt),
					column(rows, DiaryMark::comment), column(rows, DiaryMark::version), column(rows, DiaryMark::counted),
					column(rows, DiaryMark::eventTime))
			.update();
	}

	/**
	 * Hides a deleted mark. If the deletion overtakes the mark itself (another partition, a replay),
	 * a tombstone row keeps the higher version so the late original cannot bring the mark back.
	 */
	void delete(UUID markId, UUID studentId, UUID schoolId, long version, Instant eventTime) {
		int hidden = jdbc.sql("update diary_mark set deleted = true, version = ?, event_time = ? where mark_id = ? and version < ?")
			.params(version, Timestamp.from(eventTime), markId, version).update();
		if (hidden == 0) {
			jdbc.sql("""
					insert into diary_mark (mark_id, student_id, school_id, subject_id, subject_name, value, scale, work_type,
					  weight, work_date, entered_at, version, deleted, event_time)
					values (?, ?, ?, ?, '', '', 'note', 'other', 1, current_date, now(), ?, true, ?)
					on conflict (mark_id) do nothing""")
				.params(markId, studentId, schoolId, new UUID(0, 0), version, Timestamp.from(eventTime)).update();
		}
	}

	/**
	 * Keeps a correction or deletion for the family (J11): the value shown before it is the row's
	 * value now, read before the new state replaces it; unknown when the change overtook the mark.
	 */
	void recordChange(UUID markId, UUID studentId, long version, String kind, @Nullable String newValue, Instant changedAt,
			String reason) {
		jdbc.sql("""
				insert into mark_change (mark_id, version, student_id, kind, old_value, new_value, changed_at, reason)
				values (:mark, :version, :student, :kind,
				  (select value from diary_mark where mark_id = :mark and not deleted and version < :version), :newValue, :at, :reason)
				on conflict (mark_id, version) do nothing""")
			.param("mark", markId).param("version", version).param("student", studentId).param("kind", kind)
			.param("newValue", newValue).param("at", Timestamp.from(changedAt)).param("reason", reason)
			.update();
	}

	/** Every mark of a span, deleted ones included (flagged), for the subjects view that shows their history. */
	public List<ShownMark> withDeletedOf(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select mark_id, subject_id, subject_name, value, scale, work_type, weight, work_date, entered_at, comment, counted,
				  deleted
				from diary_mark where student_id = ? and work_date between ? and ? and subject_name <> ''
				order by subject_name, work_date, entered_at""")
			.params(studentId, from, to).query(ShownMark.class).list();
	}

	public record ShownMark(UUID markId, UUID subjectId, String subjectName, String value, String scale, String workType,
			BigDecimal weight, LocalDate workDate, OffsetDateTime enteredAt, @Nullable String comment, boolean counted,
			boolean deleted) {
	}

	/** The corrections and deletions of a student's marks, oldest first. */
	public List<MarkChange> changesOf(UUID studentId) {
		return jdbc.sql("""
				select mark_id, kind, old_value, new_value, changed_at, reason from mark_change where student_id = ?
				order by changed_at, version""")
			.param(studentId).query(MarkChange.class).list();
	}

	public record MarkChange(UUID markId, String kind, @Nullable String oldValue, @Nullable String newValue,
			OffsetDateTime changedAt, String reason) {
	}

	public List<DiaryMark> ofStudent(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select mark_id, student_id, school_id, subject_id, subject_name, value, points, scale, work_type, weight,
				  work_date, entered_at, comment, version, counted, event_time
				from diary_mark where student_id = ? and work_date between ? and ? and not deleted
				order by work_date, subject_name, entered_at""")
			.params(studentId, from, to).query(DiaryMarks::mark).list();
	}

	/**
	 * One page of {@link #ofStudent(UUID, LocalDate, LocalDate)}, in the same order made total by the mark's id: the
	 * cursor is the last mark's (work date, subject, entered at, id).
	 */
	public Page<DiaryMark> ofStudent(UUID studentId, LocalDate from, LocalDate to, PageRequest page) {
		String columns = """
				select mark_id, student_id, school_id, subject_id, subject_name, value, points, scale, work_type, weight,
				  work_date, entered_at, comment, version, counted, event_time
				from diary_mark where student_id = ? and work_date between ? and ? and not deleted""";
		String order = " order by work_date, subject_name, entered_at, mark_id limit ?";
		Cursor after = page.after();
		List<DiaryMark> rows = after == null
				? jdbc.sql(columns + order).params(studentId, from, to, page.fetchSize()).query(DiaryMarks::mark).list()
				: jdbc.sql(columns + " and (work_date, subject_name, entered_at, mark_id) > (?, ?, ?, ?)" + order)
					.params(studentId, from, to, afterDate(after), after.part(1), afterTime(after), afterId(after), page.fetchSize())
					.query(DiaryMarks::mark).list();
		return Page.of(rows, page, m -> Cursor.of(m.workDate(), m.subjectName(), m.enteredAt(), m.markId()));
	}

	private static LocalDate afterDate(Cursor cursor) {
		try {
			return LocalDate.parse(cursor.part(0));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	private static OffsetDateTime afterTime(Cursor cursor) {
		try {
			return OffsetDateTime.parse(cursor.part(2));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	private static UUID afterId(Cursor cursor) {
		try {
			return UUID.fromString(cursor.part(3));
		}
		catch (IllegalArgumentException ex) {
			throw Refusal.invalid("problem.paging.bad-cursor");
		}
	}

	/** Mapped by hand: the family's most frequent read, where reflective mapping cost more than the query (issue 13). */
	private static DiaryMark mark(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		int points = rs.getInt("points");
		Integer pointsOrNull = rs.wasNull() ? null : points;
		return new DiaryMark(rs.getObject("mark_id", UUID.class), rs.getObject("student_id", UUID.class),
				rs.getObject("school_id", UUID.class), rs.getObject("subject_id", UUID.class), rs.getString("subject_name"),
				rs.getString("value"), pointsOrNull, rs.getString("scale"), rs.getString("work_type"), rs.getBigDecimal("weight"),
				rs.getObject("work_date", LocalDate.class), rs.getObject("entered_at", OffsetDateTime.class), rs.getString("comment"),
				rs.getLong("version"), rs.getBoolean("counted"), rs.getObject("event_time", OffsetDateTime.class));
	}

	/** @param eventTime when the journal's event that last changed the mark happened (null only for rows from before V30) */
	public record DiaryMark(UUID markId, UUID studentId, UUID schoolId, UUID subjectId, String subjectName, String value,
			@Nullable Integer points, String scale, String workType, BigDecimal weight, LocalDate workDate,
			OffsetDateTime enteredAt, @Nullable String comment, long version, boolean counted, @Nullable OffsetDateTime eventTime) {
	}

	/** The newest event time among the marks the diary shows: how far the marks have caught up (empty: no mark yet). */
	public java.util.Optional<Instant> newestEventTime() {
		return jdbc.sql("select max(event_time) from diary_mark").query(OffsetDateTime.class).list().stream()
			.filter(java.util.Objects::nonNull).findFirst().map(OffsetDateTime::toInstant);
	}

	/**
	 * Weighted averages per subject over the period, with the weights and exclusions the journal
	 * sent: the same numbers the journal shows (docs/adr/0008).
	 */
	public List<SubjectAverage> averages(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select subject_id, subject_name, round(sum(weight * points) / nullif(sum(weight), 0), 2) as average, count(*) as marks
				from diary_mark
				where student_id = ? and work_date between ? and ? and not deleted and counted and points is not null
				group by subject_id, subject_name order by subject_name""")
			.params(studentId, from, to).query(SubjectAverage.class).list();
	}

	public record SubjectAverage(UUID subjectId, String subjectName, BigDecimal average, long marks) {
	}
}
