package org.ejd.notification.personal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.identity.AccountPasswordReset;
import org.ejd.contracts.identity.AccountPortalLinked;
import org.ejd.contracts.identity.AccountPortalUnlinked;
import org.ejd.contracts.identity.ApplicationCodeIssued;
import org.ejd.contracts.identity.ApplicationOverdue;
import org.ejd.contracts.identity.ApplicationOverdueSoon;
import org.ejd.contracts.identity.ApplicationReceived;
import org.ejd.contracts.identity.ApplicationRefused;
import org.ejd.notification.delivery.PersonalMessages;
import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.ejd.platform.time.SchoolTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns identity's application and account events into messages for the person concerned (or the
 * school's admins), in the consumer's transaction with the inbox's dedup mark. An event of no school
 * (a region operator's account) is passed by: nobody here holds a contact for it.
 */
@Component
class IdentityNotices {

	private static final Logger log = LoggerFactory.getLogger(IdentityNotices.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final EventInbox inbox;

	private final PersonalMessages messages;

	private final Recipients recipients;

	private final SchoolTime time;

	IdentityNotices(EventInbox inbox, PersonalMessages messages, Recipients recipients, SchoolTime time) {
		this.inbox = inbox;
		this.messages = messages;
		this.recipients = recipients;
		this.time = time;
	}

	@KafkaListener(id = "notification-personal", topics = { ApplicationReceived.TOPIC, AccountPasswordReset.TOPIC })
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.personal", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		UUID school = event.schoolId();
		if (school == null) {
			log.debug("{} of no school passed by", event.type());
			return;
		}
		Instant at = event.time();
		switch (event.data()) {
			case ApplicationReceived r -> messages.tell(event.id(), r.personId(), school, "application-received",
					Map.of("registeredOn", DAY.format(r.registeredOn()), "deadline", DAY.format(r.deadline())), at, false);
			case ApplicationRefused r -> messages.tell(event.id(), r.personId(), school, "application-refused",
					Map.of("reason", r.reason()), at, false);
			case ApplicationCodeIssued c when c.message() != null ->
				messages.deliverSecret(event.id(), c.personId(), school, c.deliveredTo(), c.message(), "access-code", at);
			case ApplicationOverdueSoon o -> messages.tellInFeed(event.id(), recipients.schoolAdmins(o.schoolId()), o.schoolId(),
					"application-overdue-soon", deadline(o.applicationId(), o.deadline()), at);
			case ApplicationOverdue o -> messages.tellInFeed(event.id(), recipients.schoolAdmins(o.schoolId()), o.schoolId(),
					"application-overdue", deadline(o.applicationId(), o.deadline()), at);
			case AccountPasswordReset r -> {
				if (r.message() != null && r.deliveredTo() != null) {
					// the message with the password is itself the notice
					messages.deliverSecret(event.id(), r.personId(), school, r.deliveredTo(), r.message(), "temporary-password", at);
				}
				else {
					messages.tell(event.id(), r.personId(), school, "password-reset", Map.of("at", when(at, school)), at, true);
				}
			}
			case AccountPortalLinked l -> messages.tell(event.id(), l.personId(), school, "portal-linked", Map.of("at", when(at, school)),
					at, true);
			case AccountPortalUnlinked l -> messages.tell(event.id(), l.personId(), school, "portal-unlinked",
					Map.of("at", when(at, school)), at, true);
			default -> {
				// a code on a printed letter, accounts opened, locked, revoked: nothing to tell yet
			}
		}
	}

	private String when(Instant at, UUID school) {
		return WHEN.format(at.atZone(time.zone(school)));
	}

	private static Map<String, String> deadline(UUID applicationId, LocalDate deadline) {
		return Map.of("applicationId", applicationId.toString(), "deadline", DAY.format(deadline));
	}
}
