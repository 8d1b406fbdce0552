package org.ejd.consent.records;

import java.time.Instant;
import java.util.UUID;

import org.ejd.consent.records.domain.ConsentRecord;
import org.ejd.consent.records.domain.ConsentState;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** consent.consent.recorded on consent.records.v1, keyed by the person whose data it is. */
public record ConsentRecorded(UUID eventId, Instant occurredAt, long version, @Nullable UUID schoolId, Data data)
		implements IntegrationEvent {

	public static ConsentRecorded of(ConsentRecord record, ConsentState state, @Nullable UUID schoolId) {
		return new ConsentRecorded(UUID.randomUUID(), record.recordedAt(), record.version(), schoolId,
				new Data(record.id(), record.personId(), record.personKind().wire(), record.givenBy(), record.decision().wire(),
						record.textVersion(), record.channel().wire(), record.registeredBy(), record.recordedAt(),
						new State(state.status().wire(), state.processingAllowed(), record.textVersion(), record.recordedAt())));
	}

	@Override public String topic() { return "consent.records.v1"; }
	@Override public String type() { return "consent.consent.recorded"; }
	@Override public String key() { return data.personId().toString(); }
	@Override public String subject() { return data.personId().toString(); }

	public record Data(UUID recordId, UUID personId, String personRole, UUID givenBy, String decision, String textVersion,
			String channel, UUID registeredBy, Instant recordedAt, State state) {
	}

	public record State(String status, boolean processingAllowed, String textVersion, Instant since) {
	}
}
