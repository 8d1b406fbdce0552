package org.ejd.diary.complaints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The complaint register (D12) in diary's database. */
@Repository
class Complaints {

	private final JdbcClient jdbc;

	Complaints(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The school's next registration number of the year, e.g. {@code Ж-2026-17}; the counter row serialises two desks. */
	String nextNumber(UUID schoolId, int year) {
		int next = jdbc.sql("""
				insert into complaint_counter (school_id, year, last) values (?, ?, 1)
				on conflict (school_id, year) do update set last = complaint_counter.last + 1 returning last""")
			.params(schoolId, year).query(Integer.class).single();
		return "Ж-" + year + "-" + next;
	}

	void insert(Complaint c) {
		jdbc.sql("""
				insert into complaint (id, number, school_id, student_id, complainant_id, form, registered_by, subject_name, from_date,
				  to_date, text, filed_at, filed_on, due_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.id(), c.number(), c.schoolId(), c.studentId(), c.complainantId(), c.form(), c.registeredBy(), c.subjectName(),
					c.fromDate(), c.toDate(), c.text(), Timestamp.from(c.filedAt()), c.filedOn(), c.dueOn())
			.update();
	}

	Optional<Complaint> find(UUID id) {
		return jdbc.sql("select " + Complaint.COLUMNS + " from complaint where id = ?").param(id).query(Complaint.class).optional();
	}

	/** The complaint, locked for a change in this transaction. */
	Optional<Complaint> lock(UUID id) {
		return jdbc.sql("select " + Complaint.COLUMNS + " from complaint where id = ? for update").param(id).query(Complaint.class)
			.optional();
	}

	void assign(UUID id, UUID assigneeId, Instant at) {
		jdbc.sql("update complaint set assignee_id = ?, assigned_at = ? where id = ?").params(assigneeId, Timestamp.from(at), id).update();
	}

	void answer(UUID id, String answer, UUID answeredBy, Instant at, LocalDate on) {
		jdbc.sql("update complaint set answer = ?, answered_by = ?, answered_at = ?, answered_on = ? where id = ?")
			.params(answer, answeredBy, Timestamp.from(at), on, id).update();
	}

	void addEntry(UUID id, String kind, UUID entryId) {
		jdbc.sql("insert into complaint_entry (complaint_id, kind, entry_id) values (?, ?, ?) on conflict do nothing")
			.params(id, kind, entryId).update();
	}

	/** The journal entries an answer names, with what the diary shows of them. */
	List<Entry> entries(UUID id) {
		return jdbc.sql("""
				select e.kind, e.entry_id, coalesce(m.work_date, l.lesson_date) as day, coalesce(m.subject_name, l.subject_name) as subject_name,
				  case when e.kind = 'mark' then m.value else nullif(concat_ws(', ', l.period_no || ' урок', l.topic), '') end as what
				from complaint_entry e
				left join diary_mark m on e.kind = 'mark' and m.mark_id = e.entry_id
				left join lesson l on e.kind = 'lesson' and l.lesson_id = e.entry_id
				where e.complaint_id = ? order by day nulls last, e.kind, e.entry_id""")
			.param(id).query(Entry.class).list();
	}

	/** Whether the diary holds the mark, and it is the student's. */
	boolean isMarkOf(UUID markId, UUID studentId) {
		return jdbc.sql("select count(*) from diary_mark where mark_id = ? and student_id = ?").params(markId, studentId)
			.query(Integer.class).single() > 0;
	}

	/** Whether the diary holds the lesson, of a class group the student is or was enrolled in, or with the student's attendance. */
	boolean isLessonOf(UUID lessonId, UUID studentId) {
		return jdbc.sql("""
				select count(*) from lesson l where l.lesson_id = ? and (
				  exists (select 1 from enrolment e where e.student_id = ? and e.class_group_id = l.class_group_id)
				  or exists (select 1 from attendance a where a.lesson_id = l.lesson_id and a.student_id = ?))""")
			.params(lessonId, studentId, studentId).query(Integer.class).single() > 0;
	}

	/** The complaints about a student, newest first. */
	List<Complaint> ofStudent(UUID studentId, int limit) {
		return jdbc.sql("select " + Complaint.COLUMNS + " from complaint where student_id = ? order by filed_at desc, id limit ?")
			.params(studentId, limit).query(Complaint.class).list();
	}

	/** A page of the school's complaints by due day, after the cursor's (due day, id). */
	List<Complaint> ofSchool(UUID schoolId, boolean open, boolean closed, @Nullable LocalDate afterDue, @Nullable UUID afterId,
			int limit) {
		return jdbc.sql("select " + Complaint.COLUMNS + """
				 from complaint where school_id = ?
				  and ((? and answered_at is null) or (? and answered_at is not null))
				  and (cast(? as date) is null or (due_on, id) > (cast(? as date), cast(? as uuid)))
				order by due_on, id limit ?""")
			.params(schoolId, open, closed, afterDue, afterDue, afterId, limit).query(Complaint.class).list();
	}

	/** Open complaints due before the day, of one school or of the schools of a region. */
	List<Overdue> openDueBefore(@Nullable UUID schoolId, @Nullable String regionCode, LocalDate day, int limit) {
		return jdbc.sql("""
				select c.id, c.number, c.school_id, s.name as school_name, c.student_id,
				  nullif(concat_ws(' ', st.last_name, st.first_name, st.middle_name), '') as student_name, c.form, c.subject_name,
				  c.filed_on, c.due_on, c.assignee_id
				from complaint c left join school s on s.id = c.school_id left join student st on st.id = c.student_id
				where c.answered_at is null and c.due_on < ?
				  and (cast(? as uuid) is null or c.school_id = cast(? as uuid))
				  and (cast(? as text) is null or s.region_code = cast(? as text))
				order by c.due_on, c.id limit ?""")
			.params(day, schoolId, schoolId, regionCode, regionCode, limit).query(Overdue.class).list();
	}

	record Entry(String kind, UUID entryId, @Nullable LocalDate day, @Nullable String subjectName, @Nullable String what) {
	}

	record Overdue(UUID id, String number, UUID schoolId, @Nullable String schoolName, UUID studentId, @Nullable String studentName,
			String form, @Nullable String subjectName, LocalDate filedOn, LocalDate dueOn, @Nullable UUID assigneeId) {
	}
}
