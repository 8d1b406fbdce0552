package org.ejd.contracts.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * A recipient unsubscribed with one click (RFC 8058) from a kind of information about a student on a
 * channel; consent-service, which owns preferences, takes the channel off that kind.
 */
public record Unsubscribed(UUID personId, UUID studentId, String kind, String channel, Instant unsubscribedAt)
		implements NotificationEvent {

	public static final String TYPE = "notification.unsubscribed";

	public static final String TOPIC = "notification.preferences.v1";
}
