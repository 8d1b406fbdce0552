package org.ejd.journal.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A lesson held (or to be held) for a class group: its topic, type and homework (D4, J4). */
public record Lesson(UUID id, UUID schoolId, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo,
		Type type, @Nullable String topic, @Nullable String homework, @Nullable LocalDate homeworkDue,
		@Nullable Instant topicEnteredAt, boolean topicOnTime, long version) {

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
				newTopic == null ? topicEnteredAt : now, newTopic == null ? topicOnTime : onTime, version + 1);
	}
}
