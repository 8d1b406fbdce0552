package org.ejd.journal.absences;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.journal.AbsenceNoteAccepted;
import org.ejd.contracts.journal.AbsenceNoteDeclined;
import org.ejd.contracts.journal.AbsenceNoteFiled;
import org.ejd.platform.events.IntegrationEvent;

/**
 * journal.absences.v1, keyed by student: a note filed (version 1), accepted or declined (version 2), so the diary shows the
 * family its notes and notifications tell the guardian of the decision. Each carries its wire record, the one mapping.
 */
final class AbsenceNoteEvents {

	private AbsenceNoteEvents() {
	}

	static Filed filed(AbsenceNote n) {
		return new Filed(UUID.randomUUID(), n.filedAt(), new AbsenceNoteFiled(n.id(), n.schoolId(), n.studentId(), n.classGroupId(),
				n.kind(), n.fromDate(), n.toDate(), n.numbers(), n.reason(), n.filedBy(), n.filedAt()));
	}

	record Filed(UUID eventId, Instant occurredAt, AbsenceNoteFiled data) implements IntegrationEvent {
		@Override public String topic() { return AbsenceNoteFiled.TOPIC; }
		@Override public String type() { return AbsenceNoteFiled.TYPE; }
		@Override public String key() { return data.studentId().toString(); }
		@Override public String subject() { return data.noteId().toString(); }
		@Override public UUID schoolId() { return data.schoolId(); }
		@Override public long version() { return 1; }
	}

	record Accepted(UUID eventId, Instant occurredAt, AbsenceNoteAccepted data) implements IntegrationEvent {
		@Override public String topic() { return AbsenceNoteAccepted.TOPIC; }
		@Override public String type() { return AbsenceNoteAccepted.TYPE; }
		@Override public String key() { return data.studentId().toString(); }
		@Override public String subject() { return data.noteId().toString(); }
		@Override public UUID schoolId() { return data.schoolId(); }
		@Override public long version() { return 2; }
	}

	record Declined(UUID eventId, Instant occurredAt, AbsenceNoteDeclined data) implements IntegrationEvent {
		@Override public String topic() { return AbsenceNoteDeclined.TOPIC; }
		@Override public String type() { return AbsenceNoteDeclined.TYPE; }
		@Override public String key() { return data.studentId().toString(); }
		@Override public String subject() { return data.noteId().toString(); }
		@Override public UUID schoolId() { return data.schoolId(); }
		@Override public long version() { return 2; }
	}
}
