package org.ejd.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.contracts.identity.SecretMessage;
import org.ejd.notification.recipients.Bounces;
import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages to a person about their own access, not about a student: their application received or
 * refused, a security notice ("if it wasn't you…"), and the access code or temporary password itself
 * when the school chose to send it. Transactional: no preference, digest, quiet hours or unsubscribe,
 * no student's consent; the delivery form (paper) and a verified contact still rule. One message row
 * per decision, so the school's report shows it.
 */
@Service
public class PersonalMessages {

	private static final Logger log = LoggerFactory.getLogger(PersonalMessages.class);

	private static final List<String> CONTACT_CHANNELS = List.of("email", "sms");

	private final Recipients recipients;

	private final Messages messages;

	private final Informing informing;

	private final Bounces bounces;

	private final Map<String, Transport> transports;

	private final SchoolTime time;

	PersonalMessages(Recipients recipients, Messages messages, Informing informing, Bounces bounces, List<Transport> transports,
			SchoolTime time) {
		this.recipients = recipients;
		this.messages = messages;
		this.informing = informing;
		this.bounces = bounces;
		this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, t -> t));
		this.time = time;
	}

	/**
	 * Tells the person on their verified email, else their verified mobile number (queued for the sender
	 * at once), and in their in-app feed when they have an account to read it with.
	 */
	@Transactional
	public void tell(UUID eventId, UUID personId, UUID schoolId, String template, Map<String, String> variables, Instant occurredAt,
			boolean inFeed) {
		Instant now = time.now();
		String language = recipients.languageOf(personId);
		if (inFeed) {
			decide(eventId, personId, "app", template, schoolId, variables, language, Message.Status.SENT, null, occurredAt, now);
		}
		String firstRule = null;
		for (String channel : CONTACT_CHANNELS) {
			String rule = informing.suppressingRule(true, personId, channel);
			if (rule == null) {
				decide(eventId, personId, channel, template, schoolId, variables, language, Message.Status.QUEUED, null, occurredAt, now);
				return;
			}
			firstRule = firstRule == null ? rule : firstRule;
		}
		decide(eventId, personId, "email", template, schoolId, variables, language, Message.Status.SUPPRESSED, firstRule, occurredAt, now);
	}

	/**
	 * Tells a member of staff of a family's message: in their feed at once, and on their verified email, else SMS, outside
	 * the staff's quiet hours in the school's zone (it waits for the morning, never dropped). Staff have no preferences
	 * about students, so no digest; a person on paper gets nothing electronic, as everyone.
	 */
	@Transactional
	public void tellStaff(UUID eventId, UUID staffId, UUID schoolId, String template, Map<String, String> variables, Instant occurredAt,
			org.ejd.notification.recipients.QuietHours quietHours) {
		Instant now = time.now();
		String language = recipients.languageOf(staffId);
		decide(eventId, staffId, "app", template, schoolId, variables, language, Message.Status.SENT, null, occurredAt, now, now);
		Instant due = quietHours.nextAllowed(now.atZone(time.zone(schoolId))).toInstant();
		String firstRule = null;
		for (String channel : CONTACT_CHANNELS) {
			String rule = informing.suppressingRule(true, staffId, channel);
			if (rule == null) {
				decide(eventId, staffId, channel, template, schoolId, variables, language, Message.Status.QUEUED, null, occurredAt, now, due);
				return;
			}
			firstRule = firstRule == null ? rule : firstRule;
		}
		decide(eventId, staffId, "email", template, schoolId, variables, language, Message.Status.SUPPRESSED, firstRule, occurredAt, now,
				now);
	}

	/** Tells each of these people in their in-app feed only (staff: the school's own business). */
	@Transactional
	public void tellInFeed(UUID eventId, List<UUID> people, UUID schoolId, String template, Map<String, String> variables,
			Instant occurredAt) {
		Instant now = time.now();
		for (UUID person : people) {
			decide(eventId, person, "app", template, schoolId, variables, recipients.languageOf(person), Message.Status.SENT, null,
					occurredAt, now);
		}
	}

	/**
	 * Delivers a message with a secret in it (an access code, a temporary password) once, at once, to the
	 * person's verified contact of the channel identity chose, and keeps neither the text nor the secret:
	 * the message row records only that it went (kind {@code template}, no content). A transient failure
	 * throws, so the consumer's transaction and dedup mark roll back and Kafka retries (then the
	 * dead-letter topic); a permanent one, or no usable contact, is recorded as FAILED for the school to
	 * see and print a letter instead.
	 */
	@Transactional
	public void deliverSecret(UUID eventId, UUID personId, UUID schoolId, String channel, SecretMessage secret, String template,
			Instant occurredAt) {
		Instant now = time.now();
		String rule = informing.suppressingRule(true, personId, channel);
		if ("paper-delivery".equals(rule)) {
			rule = null; // the school chose to send it to a contact the holder verified: a paper statement does not stop it
		}
		Optional<Recipients.Contact> contact = recipients.contact(personId, channel);
		Transport transport = transports.get(channel);
		if (rule != null || contact.isEmpty() || transport == null) {
			String why = rule != null ? rule : "contact-not-verified";
			log.warn("{} for person {} not sent: {}", template, personId, why);
			decide(eventId, personId, channel, template, schoolId, Map.of(), secret.language(), Message.Status.FAILED, why, occurredAt, now);
			return;
		}
		String subject = secret.subject() != null ? secret.subject()
				: "en".equals(secret.language()) ? "Electronic diary" : "Электронный дневник";
		UUID id = UUID.nameUUIDFromBytes((eventId + "/" + channel).getBytes(StandardCharsets.UTF_8));
		try {
			Transport.Sent sent = transport.send(new Letter(id, contact.get().destination(), subject, secret.text(), null, secret.language(),
					null, secret.text()));
			decide(eventId, personId, channel, template, schoolId, Map.of(), secret.language(), Message.Status.SENT, null, occurredAt, now);
			messages.sent(id(eventId, personId, channel), now, sent.providerId(), sent.segments());
			log.info("{} sent to person {} at {}", template, personId, contact.get().masked());
		}
		catch (DeliveryFailure failure) {
			if (!failure.permanent()) {
				throw failure;
			}
			String reason = failure.getMessage() != null ? failure.getMessage() : "permanent failure";
			decide(eventId, personId, channel, template, schoolId, Map.of(), secret.language(), Message.Status.FAILED, reason, occurredAt,
					now);
			bounces.bounced(personId, channel, schoolId, reason);
		}
	}

	private void decide(UUID eventId, UUID personId, String channel, String template, UUID schoolId, Map<String, String> variables,
			String language, Message.Status status, @Nullable String rule, Instant occurredAt, Instant now) {
		decide(eventId, personId, channel, template, schoolId, variables, language, status, rule, occurredAt, now, now);
	}

	private void decide(UUID eventId, UUID personId, String channel, String template, UUID schoolId, Map<String, String> variables,
			String language, Message.Status status, @Nullable String rule, Instant occurredAt, Instant now, Instant due) {
		messages.decide(new Message(id(eventId, personId, channel), eventId, eventId, personId, channel, template, null, schoolId,
				variables, language, status, rule, false, occurredAt, due, 0, null, now, status == Message.Status.SENT ? now : null, null));
	}

	/** One row per event, person and channel, with an id the same event always gives. */
	private static UUID id(UUID eventId, UUID personId, String channel) {
		return UUID.nameUUIDFromBytes((eventId + "/" + personId + "/" + channel).getBytes(StandardCharsets.UTF_8));
	}
}
