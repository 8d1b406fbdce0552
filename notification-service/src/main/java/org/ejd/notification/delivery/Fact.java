package org.ejd.notification.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Something a family is told of: the kind of information as preferences name it ({@code marks},
 * {@code attendance}, {@code final-marks}), the template, and whether it may skip a digest
 * (D9 final marks; an unexplained absence). It never skips the channel choice.
 */
public record Fact(UUID eventId, UUID sourceId, UUID studentId, UUID schoolId, String kind, String template,
		Map<String, String> variables, Instant occurredAt, boolean bypassesDigest) {
}
