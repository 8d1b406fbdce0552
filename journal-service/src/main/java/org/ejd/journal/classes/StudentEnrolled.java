package org.ejd.journal.classes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** journal.student.enrolled on journal.enrolments.v1, keyed by student: which class group a student attends from when. */
public record StudentEnrolled(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID studentId, ClassGroup group,
		LocalDate from, @Nullable LocalDate to, long version) implements IntegrationEvent {

	public StudentEnrolled(UUID enrolmentId, UUID studentId, ClassGroup group, LocalDate from, Instant occurredAt) {
		this(UUID.randomUUID(), occurredAt, enrolmentId, studentId, group, from, null, 1);
	}

	/** The same enrolment, ended: the student left the group after {@code to} (moved class, left school). */
	public StudentEnrolled ended(LocalDate lastDay, Instant at) {
		return new StudentEnrolled(UUID.randomUUID(), at, enrolmentId, studentId, group, from, lastDay, version + 1);
	}

	@Override public String topic() { return "journal.enrolments.v1"; }
	@Override public String type() { return "journal.student.enrolled"; }
	@Override public String key() { return studentId.toString(); }
	@Override public String subject() { return enrolmentId.toString(); }
	@Override public UUID schoolId() { return group.schoolId(); }

	@Override
	public Object data() {
		return new Data(enrolmentId, studentId, group.id(), group.name(), group.kind().name().toLowerCase(), group.academicYear(),
				group.schoolId(), from, to);
	}

	record Data(UUID enrolmentId, UUID studentId, UUID classGroupId, String classGroupName, String kind, String academicYear,
			UUID schoolId, LocalDate from, LocalDate to) {
	}
}
