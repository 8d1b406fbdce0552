package org.ejd.diary.consent;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who gets diary information on paper (C2, D11): recipients whose latest delivery form is {@code paper}, and the
 * families of students whose data may not be processed electronically. The weekly paper batch reads it.
 */
@Repository
public class DeliveryForms {

	private final JdbcClient jdbc;

	DeliveryForms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(UUID personId, String form, boolean weeklyPrintedStatement, Instant changedAt, long version, Instant eventTime) {
		jdbc.sql("""
				insert into delivery_form (person_id, form, weekly_printed_statement, changed_at, version, event_time)
				values (?, ?, ?, ?, ?, ?)
				on conflict (person_id) do update set form = excluded.form, weekly_printed_statement = excluded.weekly_printed_statement,
				  changed_at = excluded.changed_at, version = excluded.version, event_time = excluded.event_time
				where delivery_form.version < excluded.version""")
			.params(personId, form, weeklyPrintedStatement, Timestamp.from(changedAt), version, Timestamp.from(eventTime)).update();
	}

	/** The recipient's form: {@code paper} or {@code electronic} (no choice registered means electronic). */
	public String formOf(UUID personId) {
		return jdbc.sql("select form from delivery_form where person_id = ?").param(personId).query(String.class).optional()
			.orElse("electronic");
	}

	/**
	 * Everyone at the school who gets a paper statement for the day: a recipient on the paper form with each student they
	 * represent that day (or an adult student for themselves), and the guardians of a student whose processing is
	 * refused. One row per student and recipient.
	 */
	public List<OnPaper> onPaper(UUID schoolId, LocalDate day) {
		return jdbc.sql("""
				select s.id as student_id, r.guardian_id as recipient_id, 'delivery-form' as reason
				from delivery_form f join representation r on r.guardian_id = f.person_id
				join student s on s.id = r.student_id
				where f.form = 'paper' and s.school_id = :school
				  and r.active_from <= :day and (r.active_to is null or r.active_to >= :day)
				union
				select s.id, s.id, 'delivery-form'
				from delivery_form f join student s on s.id = f.person_id
				where f.form = 'paper' and s.school_id = :school
				union
				select s.id, r.guardian_id, 'processing-refused'
				from consent_state c join student s on s.id = c.person_id
				join representation r on r.student_id = s.id
				where not c.processing_allowed and s.school_id = :school
				  and r.active_from <= :day and (r.active_to is null or r.active_to >= :day)
				order by student_id, recipient_id, reason""")
			.param("school", schoolId).param("day", day).query(OnPaper.class).list();
	}

	/**
	 * A student whose statement goes on paper to a recipient: {@code delivery-form} (the recipient chose paper) or
	 * {@code processing-refused} (the student's data may not be processed electronically).
	 */
	public record OnPaper(UUID studentId, UUID recipientId, String reason) {
	}
}
