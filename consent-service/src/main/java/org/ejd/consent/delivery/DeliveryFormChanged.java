package org.ejd.consent.delivery;

import java.time.Instant;
import java.util.UUID;

import org.ejd.consent.delivery.domain.DeliveryFormRecord;
import org.ejd.platform.events.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * consent.delivery-form.changed on consent.records.v1, keyed by the recipient. The free-text reason
 * is not in it: no consumer needs it.
 */
public record DeliveryFormChanged(UUID eventId, Instant occurredAt, long version, @Nullable UUID schoolId, Data data)
		implements IntegrationEvent {

	public static DeliveryFormChanged of(DeliveryFormRecord record, @Nullable UUID schoolId) {
		return new DeliveryFormChanged(UUID.randomUUID(), record.recordedAt(), record.version(), schoolId,
				new Data(record.personId(), record.form().wire(), !record.form().allowsEmailAndSms(), record.form().allowsEmailAndSms(),
						record.channel().wire(), record.registeredBy(), record.recordedAt()));
	}

	@Override public String topic() { return "consent.records.v1"; }
	@Override public String type() { return "consent.delivery-form.changed"; }
	@Override public String key() { return data.personId().toString(); }
	@Override public String subject() { return data.personId().toString(); }

	public record Data(UUID personId, String form, boolean weeklyPrintedStatement, boolean electronicDeliveryAllowed,
			String channel, UUID registeredBy, Instant changedAt) {
	}
}
