package org.ejd.platform.events;

import java.time.Instant;
import java.util.UUID;

import org.ejd.contracts.EventData;
import org.jspecify.annotations.Nullable;

/**
 * An event as a consumer handles it: the envelope's attributes and its {@code data} read once
 * into the contract's record ({@link UnknownEvent} for a type this build does not know yet), so
 * that consumers switch on records instead of picking JSON fields by name.
 */
public record ReceivedEvent(EventEnvelope envelope, EventData data) {

	public UUID id() {
		return envelope.id();
	}

	public String type() {
		return envelope.type();
	}

	public Instant time() {
		return envelope.time();
	}

	/** The aggregate's version after this fact, for versioned upserts. */
	public long version() {
		return envelope.version();
	}

	public @Nullable UUID schoolId() {
		return envelope.schoolid();
	}

	/** An event type added to a topic after this build: consumers pass it by. */
	public record UnknownEvent(String type) implements EventData {
	}
}
