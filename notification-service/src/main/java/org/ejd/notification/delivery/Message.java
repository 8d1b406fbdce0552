package org.ejd.notification.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One decision: tell this recipient of this fact on this channel, with what became of it. {@code studentId}
 * is null for a message about the recipient's own access (personal: no student's consent applies, no unsubscribe).
 */
public record Message(UUID id, UUID sourceEventId, UUID sourceId, UUID recipientId, String channel, String kind, @Nullable UUID studentId,
		UUID schoolId, Map<String, String> variables, String language, Status status, @Nullable String rule, boolean digest,
		Instant occurredAt, Instant dueAt, int attempts, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
		@Nullable Instant readAt) {

	/** What became of it; CANCELLED when its fact was deleted before it went. */
	public enum Status {
		QUEUED, SENT, DELIVERED, FAILED, SUPPRESSED, CANCELLED
	}
}
