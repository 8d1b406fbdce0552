package org.ejd.journal.classes;

import java.time.Instant;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * journal.class-teacher.appointed on journal.teaching.v1, keyed by class group: who leads the class group, so the diary and
 * notifications know the class teacher without asking. Version = the appointment's time in ms: the latest wins.
 */
public record ClassTeacherAppointed(UUID eventId, Instant occurredAt, ClassGroup group, UUID teacherId, @Nullable String teacherName)
		implements IntegrationEvent {

	@Override public String topic() { return org.ejd.contracts.journal.ClassTeacherAppointed.TOPIC; }
	@Override public String type() { return org.ejd.contracts.journal.ClassTeacherAppointed.TYPE; }
	@Override public String key() { return group.id().toString(); }
	@Override public String subject() { return group.id().toString(); }
	@Override public UUID schoolId() { return group.schoolId(); }
	@Override public long version() { return occurredAt.toEpochMilli(); }

	@Override
	public Object data() {
		return new org.ejd.contracts.journal.ClassTeacherAppointed(group.id(), group.schoolId(), teacherId, teacherName, occurredAt);
	}
}
