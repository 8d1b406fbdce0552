package org.ejd.notification.recipients;

import java.util.UUID;

import org.ejd.contracts.notification.ContactBounced;
import org.ejd.platform.time.SchoolTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact that failed permanently: no longer used here, and consent-service is told (through the
 * outbox, in the sender's transaction) so it can ask the person for a new one.
 */
@Service
public class Bounces {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final SchoolTime time;

	Bounces(JdbcClient jdbc, ApplicationEventPublisher events, SchoolTime time) {
		this.jdbc = jdbc;
		this.events = events;
		this.time = time;
	}

	@Transactional
	public void bounced(UUID personId, String channel, UUID schoolId, String reason) {
		var contactId = jdbc.sql("update contact set usable = false where person_id = ? and channel = ? and usable returning contact_id")
			.params(personId, channel).query(UUID.class).optional();
		if (contactId.isEmpty()) {
			return; // already known
		}
		var now = time.now();
		String shortReason = reason.length() > 200 ? reason.substring(0, 200) : reason;
		events.publishEvent(new ContactBouncedEvent(UUID.randomUUID(), now, now.toEpochMilli(), schoolId,
				new ContactBounced(contactId.get(), personId, channel, shortReason, now)));
	}
}
