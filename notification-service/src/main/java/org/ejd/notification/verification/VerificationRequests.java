package org.ejd.notification.verification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.ejd.contracts.consent.ContactVerificationRequested;
import org.ejd.notification.delivery.Letter;
import org.ejd.notification.delivery.Transport;
import org.ejd.notification.recipients.Recipients;
import org.ejd.platform.events.ReceivedEvent;
import org.ejd.platform.kafka.EventInbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Delivers consent-service's verification codes (C3) at once to the very address being verified:
 * transactional (no preferences, no quiet hours, no unsubscribe), and neither the address nor the
 * code is stored. A send that fails throws, so the inbox's dedup mark rolls back and Kafka retries
 * it (then the dead-letter topic): never dropped silently. Its own consumer group, so that it gets
 * every partition of the topic the recipients projection also reads.
 */
@Component
class VerificationRequests {

	private static final Logger log = LoggerFactory.getLogger(VerificationRequests.class);

	private final EventInbox inbox;

	private final Map<String, Transport> transports;

	private final Recipients recipients;

	VerificationRequests(EventInbox inbox, List<Transport> transports, Recipients recipients) {
		this.inbox = inbox;
		this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, t -> t));
		this.recipients = recipients;
	}

	@KafkaListener(id = "notification-verification", groupId = "notification-service-verification",
			topics = ContactVerificationRequested.TOPIC)
	void on(ConsumerRecord<String, String> record) {
		inbox.receive("notification.verification", record, this::apply);
	}

	private void apply(ReceivedEvent event) {
		if (event.data() instanceof ContactVerificationRequested request) {
			Transport transport = transports.get(request.channel());
			if (transport == null) {
				throw new IllegalStateException("no transport for " + request.channel() + " to deliver " + request);
			}
			ContactVerificationRequested.Message message = request.message();
			String subject = message.subject() != null ? message.subject()
					: "en".equals(message.language()) ? "Verification code" : "Код подтверждения";
			transport.send(new Letter(UUID.nameUUIDFromBytes(event.id().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
					request.destination(), subject, message.text(), null, message.language(), null, message.text()));
			recipients.assumeLanguage(request.personId(), message.language());
			log.info("verification code sent for contact {} to {}", request.contactId(), request.maskedDestination());
		}
	}
}
