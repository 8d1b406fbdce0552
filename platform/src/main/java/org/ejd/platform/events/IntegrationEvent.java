package org.ejd.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A fact one service tells the others. A service publishes it with Spring's
 * {@code ApplicationEventPublisher} inside its business transaction; the event publication
 * registry (the outbox) stores it in the same transaction and the platform relays it to Kafka
 * in a CloudEvents envelope. The id is fixed when the fact happens, so a redelivery carries
 * the same id and consumers can drop it.
 */
public interface IntegrationEvent {

	/** Unique id of this fact; becomes the CloudEvents {@code id}. */
	UUID eventId();

	/** When the fact happened; becomes the CloudEvents {@code time}. */
	Instant occurredAt();

	/** Kafka topic, versioned in its name, e.g. {@code journal.marks.v1}. */
	String topic();

	/** CloudEvents {@code type}, e.g. {@code journal.mark.posted}; names its JSON Schema. */
	String type();

	/** Kafka key: the id of the entity whose order matters (student, class group...). */
	String key();

	/** CloudEvents {@code subject}: the id of the aggregate the fact is about. */
	String subject();

	/** The school the fact belongs to, or null for region-wide facts. */
	@Nullable UUID schoolId();

	/** Version of the aggregate after this fact, for reorder-tolerant consumers. */
	long version();

	/** The event's data: what goes under {@code data} in the envelope. */
	Object data();
}
