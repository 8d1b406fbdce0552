package org.ejd.journal.lessons;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.ejd.journal.periods.ClosedPeriods;
import org.ejd.platform.security.Caller;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** J11 for lessons: a change to a lesson of a closed period needs a reason, kept in the lesson's change log. */
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
}
