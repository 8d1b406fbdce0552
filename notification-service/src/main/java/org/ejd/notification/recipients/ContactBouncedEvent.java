package org.ejd.notification.recipients;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.notification.ContactBounced;
import org.ejd.platform.events.IntegrationEvent;

/** notification.contact.bounced on notification.contacts.v1, keyed by the person; no address, the contact id names it. */
record ContactBouncedEvent(UUID eventId, Instant occurredAt, long version, UUID schoolId, ContactBounced data) implements IntegrationEvent {

	@Override public String topic() { return ContactBounced.TOPIC; }
	@Override public String type() { return ContactBounced.TYPE; }
	@Override public String key() { return data.personId().toString(); }
	@Override public String subject() { return data.personId().toString(); }
}
