package org.ejd.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/** A verified contact failed permanently (hard bounce, SMPP permanent error): it is no longer used until verified anew. */
public record ContactBounced(UUID contactId, UUID personId, String channel, String reason, Instant bouncedAt)
		implements NotificationEvent {

	public static final String TYPE = "notification.contact.bounced";

	public static final String TOPIC = "notification.contacts.v1";
}
