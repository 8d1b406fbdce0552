package org.ejd.diary.calendar;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Holidays, school and city events, the assessment plan (D5, D6) and recommendations (D7) as the diary shows them. */
@Repository
public class DiaryCalendar {

	private final JdbcClient jdbc;

	DiaryCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void event(UUID id, UUID schoolId, String title, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
			@Nullable String place, String scope) {
		jdbc.sql("""
				insert into school_event (id, school_id, title, description, starts_on, ends_on, place, scope)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing""")
			.params(id, schoolId, title, description, startsOn, endsOn, place, scope).update();
	}

	void holiday(UUID id, UUID schoolId, String name, LocalDate start, LocalDate end) {
		jdbc.sql("insert into holiday (id, school_id, name, start_date, end_date) values (?, ?, ?, ?, ?) on conflict (id) do nothing")
			.params(id, schoolId, name, start, end).update();
	}

	public void assessment(UUID id, UUID classGroupId, String subjectName, LocalDate date, String title) {
		jdbc.sql("""
				insert into assessment (id, class_group_id, subject_name, assessment_date, title) values (?, ?, ?, ?, ?)
				on conflict (id) do nothing""").params(id, classGroupId, subjectName, date, title).update();
	}

	void recommendation(UUID id, UUID studentId, String subjectName, String text, Instant givenAt) {
		jdbc.sql("""
				insert into recommendation (id, student_id, subject_name, text, given_at) values (?, ?, ?, ?, ?)
				on conflict (id) do nothing""").params(id, studentId, subjectName, text, java.sql.Timestamp.from(givenAt)).update();
	}

	/** The student's calendar for a span: their school's holidays and events, their class groups' tests. */
	public List<Entry> calendarOf(UUID studentId, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select 'holiday' as kind, h.name as title, h.start_date as starts_on, h.end_date as ends_on, null as place,
				  null as subject_name
				from holiday h join student s on s.school_id = h.school_id
				where s.id = :student and h.end_date >= :from and h.start_date <= :to
				union all
				select e.scope || '-event', e.title, e.starts_on, e.ends_on, e.place, null
				from school_event e join student s on s.school_id = e.school_id
				where s.id = :student and e.ends_on >= :from and e.starts_on <= :to
				union all
				select 'assessment', a.title, a.assessment_date, a.assessment_date, null, a.subject_name
				from assessment a join enrolment en on en.class_group_id = a.class_group_id
				where en.student_id = :student and a.assessment_date between :from and :to
				  and en.valid_from <= a.assessment_date and (en.valid_to is null or en.valid_to >= a.assessment_date)
				order by starts_on, kind""")
			.param("student", studentId).param("from", from).param("to", to).query(Entry.class).list();
	}

	public List<Recommendation> recommendationsOf(UUID studentId) {
		return jdbc.sql("select subject_name, text, given_at from recommendation where student_id = ? order by given_at desc")
			.param(studentId).query(Recommendation.class).list();
	}

	@Schema(name = "CalendarEntry") // one schema per feature (springdoc names by simple name)
	public record Entry(@Schema(allowableValues = { "holiday", "school-event", "city-event", "assessment" }) String kind, String title, LocalDate startsOn, LocalDate endsOn,
			@Schema(example = "Актовый зал") @Nullable String place,
			@Nullable String subjectName) {
	}

	public record Recommendation(String subjectName, String text, java.time.OffsetDateTime givenAt) {
	}
}
