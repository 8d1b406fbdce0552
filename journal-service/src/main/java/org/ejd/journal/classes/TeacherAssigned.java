package org.ejd.journal.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** journal.teacher.assigned on journal.teaching.v1, keyed by class group: who teaches what there, from when (D5). */
public record TeacherAssigned(UUID eventId, Instant occurredAt, UUID assignmentId, ClassGroup group, UUID subjectId,
		String subjectName, UUID teacherId, String teacherName, LocalDate from, @Nullable LocalDate to) implements IntegrationEvent {

	public TeacherAssigned(UUID assignmentId, ClassGroup group, UUID subjectId, String subjectName, UUID teacherId,
			String teacherName, LocalDate from, @Nullable LocalDate to, Instant occurredAt) {
		this(UUID.randomUUID(), occurredAt, assignmentId, group, subjectId, subjectName, teacherId, teacherName, from, to);
	}

	@Override public String topic() { return "journal.teaching.v1"; }
	@Override public String type() { return "journal.teacher.assigned"; }
	@Override public String key() { return group.id().toString(); }
	@Override public String subject() { return assignmentId.toString(); }
	@Override public UUID schoolId() { return group.schoolId(); }
	@Override public long version() { return 1; }

	@Override
	public Object data() {
		return new Data(assignmentId, group.schoolId(), group.id(), subjectId, subjectName, teacherId, teacherName, from, to);
	}

	record Data(UUID assignmentId, UUID schoolId, UUID classGroupId, UUID subjectId, String subjectName, UUID teacherId,
			String teacherName, LocalDate from, LocalDate to) {
	}
}
