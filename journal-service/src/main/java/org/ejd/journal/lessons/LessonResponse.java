package org.ejd.journal.lessons;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A lesson on the wire, as recorded and as scheduled. */
record LessonResponse(UUID id, UUID classGroupId, UUID subjectId, UUID teacherId, LocalDate date, int periodNo,
		@Schema(allowableValues = { "regular", "test", "lab", "distance", "excursion", "other" }) String type,
		String topic, String homework, LocalDate homeworkDue, boolean topicOnTime, long version, Lesson.Change change, String room) {

	static LessonResponse of(Lesson l) {
		return new LessonResponse(l.id(), l.classGroupId(), l.subjectId(), l.teacherId(), l.date(), l.periodNo(), l.type().wire(),
				l.topic(), l.homework(), l.homeworkDue(), l.topicOnTime(), l.version(), l.change(), l.room());
	}
}
