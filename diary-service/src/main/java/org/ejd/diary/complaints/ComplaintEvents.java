package org.ejd.diary.complaints;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.diary.ComplaintAnswered;
import org.ejd.contracts.diary.ComplaintFiled;
import org.ejd.platform.events.IntegrationEvent;

/** The complaint facts diary publishes on diary.complaints.v1 through the outbox, keyed by the complaint. */
final class ComplaintEvents {

	private ComplaintEvents() {
	}

	record Filed(UUID eventId, Instant occurredAt, ComplaintFiled complaint) implements IntegrationEvent {

		@Override public String topic() { return ComplaintFiled.TOPIC; }
		@Override public String type() { return ComplaintFiled.TYPE; }
		@Override public String key() { return complaint.complaintId().toString(); }
		@Override public String subject() { return complaint.complaintId().toString(); }
		@Override public UUID schoolId() { return complaint.schoolId(); }
		// filed, then answered: a complaint's life has two steps
		@Override public long version() { return 1; }
		@Override public Object data() { return complaint; }
	}

	record Answered(UUID eventId, Instant occurredAt, ComplaintAnswered complaint) implements IntegrationEvent {

		@Override public String topic() { return ComplaintAnswered.TOPIC; }
		@Override public String type() { return ComplaintAnswered.TYPE; }
		@Override public String key() { return complaint.complaintId().toString(); }
		@Override public String subject() { return complaint.complaintId().toString(); }
		@Override public UUID schoolId() { return complaint.schoolId(); }
		@Override public long version() { return 2; }
		@Override public Object data() { return complaint; }
	}
}
