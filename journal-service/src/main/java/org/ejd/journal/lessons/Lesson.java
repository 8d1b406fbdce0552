package org.ejd.journal.lessons;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A lesson held (or to be held) for a class group: its topic, type and homework (D4, J4), and its {@code room} (the one of the
 * timetable slot it was generated from until someone sets the lesson's own).
 */
public record Lesson(UUID id, UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo,
		Type type, @Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue,
		@Nullable Instant topicEnteredAt, boolean topicOnTime, long version, @Nullable Change change, @Nullable String room) {

	/** A substitution or a reschedule (D3): who teaches instead, or where the lesson moved from, and why. */
	@Schema(name = "LessonChange") // one schema per feature (springdoc names by simple name)
	public record Change(@Nullable UUID substituteId, @Nullable LocalDate movedFromDate, @Nullable Integer movedFromPeriod,
			String reason) {
	}

	/** A new lesson as the timetable or a teacher plans it: no topic yet. */
	public static Lesson planned(UUID id, UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date,
			int periodNo, Type type, @Nullable String room) {
		return new Lesson(id, schoolId, classGroupId, subjectId, teacherId, date, periodNo, type, null, null, null, null, false, 1,
				null, room);
	}

	/** Held in another room (or in none known: null); a new version like every change the diary is told of. */
	public Lesson inRoom(@Nullable String newRoom) {
		return new Lesson(id, schoolId, classGroupId, subjectId, teacherId, date, periodNo, type, topic, homework, homeworkDue,
				topicEnteredAt, topicOnTime, version + 1, change, newRoom);
	}

	public Lesson substitutedBy(UUID substitute, String reason) {
		return new Lesson(id, schoolId, classGroupId, subjectId, teacherId, date, periodNo, type, topic, homework, homeworkDue,
				topicEnteredAt, topicOnTime, version + 1, new Change(substitute, null, null, reason), room);
	}

	public Lesson movedTo(LocalDate newDate, int newPeriod, String reason) {
		return new Lesson(id, schoolId, classGroupId, subjectId, teacherId, newDate, newPeriod, type, topic, homework, homeworkDue,
				topicEnteredAt, topicOnTime, version + 1, new Change(change == null ? null : change.substituteId(), date, periodNo, reason),
				room);
	}

	public enum Type {
		REGULAR, TEST, LAB, DISTANCE, EXCURSION, OTHER;

		public String wire() {
			return name().toLowerCase();
		}
	}

	/** J4: topic and homework are due by the school's deadline; late is accepted and flagged ({@code onTime}). */
	public Lesson withContent(Type newType, @Nullable String newTopic, @Nullable String newHomework, @Nullable LocalDate due,
			Instant now, boolean onTime) {
		return new Lesson(id, schoolId, classGroupId, subjectId, teacherId, date, periodNo, newType, newTopic, newHomework, due,
				newTopic == null ? topicEnteredAt : now, newTopic == null ? topicOnTime : onTime, version + 1, change, room);
	}
}
