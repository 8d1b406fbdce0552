package org.ejd.journal.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.classes.ClassBook;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a student's recorded absences in a span of days (optionally only some lesson numbers) into excused ones with a
 * reason, lesson by lesson, each as a journal.attendance.recorded event: the attendance rule for an accepted absence
 * note. Presence, lateness and illness stay as the teacher took them; a cancelled lesson is left alone.
 */
@Service
public class ExcusingAbsences {

	private final JdbcClient jdbc;

	private final Lessons lessons;

	private final Attendance attendance;

	private final ClassBook classes;

	private final SchoolTime time;

	private final ApplicationEventPublisher events;

	ExcusingAbsences(JdbcClient jdbc, Lessons lessons, Attendance attendance, ClassBook classes, SchoolTime time,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.lessons = lessons;
		this.attendance = attendance;
		this.classes = classes;
		this.time = time;
		this.events = events;
	}

	/** Runs in the caller's transaction (the note's decision); answers the lessons now excused. */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<UUID> excuse(UUID studentId, LocalDate from, LocalDate to, @Nullable List<Integer> periodNos, String reason,
			UUID decidedBy) {
		List<Absent> absent = jdbc.sql("""
				select l.id as lesson_id, l.period_no, a.on_time from lesson l
				join attendance a on a.lesson_id = l.id and a.student_id = ? and a.status = 'ABSENT'
				where l.lesson_date between ? and ? and l.cancellation_reason is null
				order by l.lesson_date, l.period_no""")
			.params(studentId, from, to).query(Absent.class).list().stream()
			.filter(row -> periodNos == null || periodNos.isEmpty() || periodNos.contains(row.periodNo()))
			.toList();
		Instant now = time.now();
		List<UUID> excused = new ArrayList<>();
		for (Absent row : absent) {
			Lesson lesson = lessons.find(row.lessonId()).orElseThrow();
			long version = attendance.record(lesson.id(), studentId, AttendanceStatus.EXCUSED, reason, null, decidedBy, now, row.onTime(),
					"по заявлению об отсутствии");
			String subject = classes.subject(lesson.subjectId()).orElseThrow().name();
			events.publishEvent(new LessonEvents.AttendanceRecorded(lesson, subject, studentId, AttendanceStatus.EXCUSED, reason, null,
					row.onTime(), version, now));
			excused.add(lesson.id());
		}
		return excused;
	}

	private record Absent(UUID lessonId, int periodNo, boolean onTime) {
	}
}
