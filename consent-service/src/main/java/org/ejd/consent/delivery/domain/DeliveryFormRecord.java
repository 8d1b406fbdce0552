package org.ejd.consent.delivery.domain;

import java.time.Instant;
import java.util.UUID;

import org.ejd.consent.domain.Channel;
import org.jspecify.annotations.Nullable;

/** One registered choice of delivery form, never changed once written; the latest one counts. */
public record DeliveryFormRecord(UUID id, UUID personId, DeliveryForm form, @Nullable String reason, Channel channel,
		UUID registeredBy, Instant recordedAt, long version) {
}
