package org.ejd.contracts.journal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A teacher (or an integration client for them: {@code deletedByClient}, ADR 0046) deleted a mark (J11): the journal keeps it flagged with its history; the diary stops showing and counting it. */
public record MarkDeleted(UUID markId, UUID studentId, UUID schoolId, Instant deletedAt, UUID deletedBy, String reason,
		@Nullable String deletedByClient) implements JournalEvent {

	public static final String TYPE = "journal.mark.deleted";

	public static final String TOPIC = "journal.marks.v1";
}
