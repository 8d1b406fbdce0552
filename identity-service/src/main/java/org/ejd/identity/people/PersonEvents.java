package org.ejd.identity.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** What identity tells others about people. Never SNILS or contacts: no consumer needs them. */
public final class PersonEvents {

	private PersonEvents() {
	}

	/** identity.student.registered on identity.persons.v1, keyed by the student. */
	public record StudentRegistered(UUID eventId, Instant occurredAt, Person student) implements IntegrationEvent {

		public StudentRegistered(Person student, Instant occurredAt) {
			this(UUID.randomUUID(), occurredAt, student);
		}

		@Override public String topic() { return "identity.persons.v1"; }
		@Override public String type() { return "identity.student.registered"; }
		@Override public String key() { return student.id().toString(); }
		@Override public String subject() { return student.id().toString(); }
		@Override public UUID schoolId() { return student.schoolId(); }
		@Override public long version() { return student.version(); }

		@Override
		public Object data() {
			return new Data(student.id(), student.schoolId(), student.lastName(), student.firstName(), student.middleName(),
					student.birthDate());
		}

		record Data(UUID personId, UUID schoolId, String lastName, String firstName, String middleName, LocalDate birthDate) {
		}
	}

	/** identity.guardian.registered on identity.persons.v1, keyed by the guardian. */
	public record GuardianRegistered(UUID eventId, Instant occurredAt, Person guardian) implements IntegrationEvent {

		public GuardianRegistered(Person guardian, Instant occurredAt) {
			this(UUID.randomUUID(), occurredAt, guardian);
		}

		@Override public String topic() { return "identity.persons.v1"; }
		@Override public String type() { return "identity.guardian.registered"; }
		@Override public String key() { return guardian.id().toString(); }
		@Override public String subject() { return guardian.id().toString(); }
		@Override public UUID schoolId() { return guardian.schoolId(); }
		@Override public long version() { return guardian.version(); }

		@Override
		public Object data() {
			return new Data(guardian.id(), guardian.lastName(), guardian.firstName(), guardian.middleName());
		}

		record Data(UUID personId, String lastName, String firstName, String middleName) {
		}
	}

	/**
	 * identity.person.esia-id-recorded on identity.persons.v1, keyed by the person: the ESIA id the school recorded for
	 * a student or staff member, absent when cleared (ADR 0021).
	 */
	public record EsiaIdRecorded(UUID eventId, Instant occurredAt, Person person, @Nullable String esiaId, long version)
			implements IntegrationEvent {

		@Override public String topic() { return "identity.persons.v1"; }
		@Override public String type() { return "identity.person.esia-id-recorded"; }
		@Override public String key() { return person.id().toString(); }
		@Override public String subject() { return person.id().toString(); }
		@Override public UUID schoolId() { return person.schoolId(); }

		@Override
		public Object data() {
			return new Data(person.id(), person.kind().name().toLowerCase(java.util.Locale.ROOT), esiaId);
		}

		record Data(UUID personId, String kind, @Nullable String esiaId) {
		}
	}

	/** identity.student.left on identity.persons.v1, keyed by the student: from {@code leftOn} not at the school. */
	public record StudentLeft(UUID eventId, Instant occurredAt, UUID studentId, UUID school, LocalDate leftOn, long version)
			implements IntegrationEvent {

		@Override public String topic() { return "identity.persons.v1"; }
		@Override public String type() { return "identity.student.left"; }
		@Override public String key() { return studentId.toString(); }
		@Override public String subject() { return studentId.toString(); }
		@Override public UUID schoolId() { return school; }

		@Override
		public Object data() {
			return new Data(studentId, school, leftOn);
		}

		record Data(UUID personId, UUID schoolId, LocalDate leftOn) {
		}
	}

	/** identity.staff.appointed on identity.staff.v1: the full current set of roles at one school. */
	public record StaffAppointed(UUID eventId, Instant occurredAt, Person staff, UUID school, List<String> roles, long version)
			implements IntegrationEvent {

		public StaffAppointed(Person staff, UUID school, List<String> roles, long version, Instant occurredAt) {
			this(UUID.randomUUID(), occurredAt, staff, school, roles, version);
		}

		@Override public String topic() { return "identity.staff.v1"; }
		@Override public String type() { return "identity.staff.appointed"; }
		@Override public String key() { return staff.id().toString(); }
		@Override public String subject() { return staff.id().toString(); }
		@Override public UUID schoolId() { return school; }

		@Override
		public Object data() {
			return new Data(staff.id(), school, roles, staff.lastName(), staff.firstName(), staff.middleName());
		}

		record Data(UUID personId, UUID schoolId, List<String> roles, String lastName, String firstName, String middleName) {
		}
	}
}
