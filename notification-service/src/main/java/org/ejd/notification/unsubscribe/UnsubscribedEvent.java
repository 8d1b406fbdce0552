package org.ejd.notification.unsubscribe;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.notification.Unsubscribed;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/** notification.unsubscribed on notification.preferences.v1, keyed by the recipient. */
record UnsubscribedEvent(UUID eventId, Instant occurredAt, long version, @Nullable UUID schoolId, Unsubscribed data)
		implements IntegrationEvent {

	@Override public String topic() { return Unsubscribed.TOPIC; }
	@Override public String type() { return Unsubscribed.TYPE; }
	@Override public String key() { return data.personId().toString(); }
	@Override public String subject() { return data.personId().toString(); }
}
