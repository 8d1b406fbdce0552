package org.ejd.journal.lessons;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ejd.journal.periods.ClosedPeriods;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * J11 for lessons: a change to a lesson of a closed period needs a reason, kept in the lesson's change log; every change of
 * its topic, type and homework, in open periods too, is kept with the old and the new value (attendance keeps its own in
 * {@link Attendance}).
 */
@Component
class LessonChangeLog {

	private final JdbcClient jdbc;

	private final ClosedPeriods closedPeriods;

	private final SchoolTime time;

	LessonChangeLog(JdbcClient jdbc, ClosedPeriods closedPeriods, SchoolTime time) {
		this.jdbc = jdbc;
		this.closedPeriods = closedPeriods;
		this.time = time;
	}

	/** Before a change ({@code what}: content, attendance) to a lesson of a closed period: refuses it without a reason, logs it with one. */
	void beforeChange(Caller caller, Lesson lesson, String what, @Nullable String reason) {
		if (!closedPeriods.closedOn(lesson.schoolId(), lesson.date())) {
			return;
		}
		if (reason == null || reason.isBlank()) {
			throw ClosedPeriods.reasonMissing();
		}
		jdbc.sql("insert into lesson_change_log (lesson_id, what, reason, changed_by, changed_at) values (?, ?, ?, ?, ?)")
			.params(lesson.id(), what, reason.strip(), caller.person(), Timestamp.from(time.now())).update();
	}

	/** "what: why" of each change after closing, oldest first. */
	List<String> of(UUID lessonId) {
		return jdbc.sql("select what || ': ' || reason from lesson_change_log where lesson_id = ? order by changed_at")
			.param(lessonId).query(String.class).list();
	}

	/** Keeps a change of the lesson's content ({@code before} null when the lesson is planned with it), unless nothing changed. */
	void contentChanged(Caller caller, @Nullable Lesson before, Lesson after, @Nullable String reason) {
		if (before != null && before.type() == after.type() && java.util.Objects.equals(before.topic(), after.topic())
				&& java.util.Objects.equals(before.homework(), after.homework())
				&& java.util.Objects.equals(before.homeworkDue(), after.homeworkDue())) {
			return;
		}
		jdbc.sql("""
				insert into lesson_content_history (lesson_id, version, old_type, new_type, old_topic, new_topic, old_homework,
				  new_homework, old_homework_due, new_homework_due, changed_by, changed_at, change_reason)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(after.id(), after.version(), before == null ? null : before.type().name(), after.type().name(),
					before == null ? null : before.topic(), after.topic(), before == null ? null : before.homework(), after.homework(),
					before == null ? null : before.homeworkDue(), after.homeworkDue(), caller.person(), Timestamp.from(time.now()),
					reason == null || reason.isBlank() ? null : reason.strip())
			.update();
	}

	/** Every change of the lesson's topic, type and homework, oldest first. */
	List<ContentChange> contentHistory(UUID lessonId) {
		return jdbc.sql("""
				select version, old_type, new_type, old_topic, new_topic, old_homework, new_homework, old_homework_due,
				  new_homework_due, changed_by, changed_at, change_reason from lesson_content_history where lesson_id = ? order by id""")
			.param(lessonId).query(ContentChange.class).list();
	}

	/** One change of a lesson's content: old values (null when it was first written) and new, who, when, why. */
	public record ContentChange(long version,
			@Schema(allowableValues = { "REGULAR", "TEST", "LAB", "DISTANCE", "EXCURSION", "OTHER" }) @Nullable String oldType,
			@Schema(allowableValues = { "REGULAR", "TEST", "LAB", "DISTANCE", "EXCURSION", "OTHER" }) String newType, @Nullable String oldTopic,
			@Nullable String newTopic, @Nullable String oldHomework, @Nullable String newHomework,
			java.time.@Nullable LocalDate oldHomeworkDue, java.time.@Nullable LocalDate newHomeworkDue, UUID changedBy,
			java.time.Instant changedAt, @Nullable String changeReason) {
	}
}
