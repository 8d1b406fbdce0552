package org.ejd.journal.presence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** What the journal tells the diary about presence at school (D14), on journal.presence.v1 keyed by student. */
final class PresenceEvents {

	static final String TOPIC = "journal.presence.v1";

	private PresenceEvents() {
	}

	/** journal.school-pass.recorded: a fact, never corrected, so its version is always 1. */
	record PassRecorded(UUID eventId, Instant occurredAt, SchoolPass pass) implements IntegrationEvent {

		@Override public String topic() { return TOPIC; }
		@Override public String type() { return "journal.school-pass.recorded"; }
		@Override public String key() { return pass.studentId().toString(); }
		@Override public String subject() { return pass.id().toString(); }
		@Override public UUID schoolId() { return pass.schoolId(); }
		@Override public long version() { return 1; }

		@Override
		public Object data() {
			return new Data(pass.id(), pass.schoolId(), pass.studentId(), pass.direction(), pass.passedAt(), pass.day(), pass.device(),
					pass.point());
		}

		record Data(UUID passId, UUID schoolId, UUID studentId, String direction, Instant passedAt, LocalDate day, String device,
				@Nullable String point) {
		}
	}
}
