package org.ejd.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.recipients.Bounces;
import org.ejd.notification.recipients.Recipients;
import org.ejd.notification.unsubscribe.UnsubscribeTokens;
import org.ejd.platform.time.SchoolTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes due messages from the outbox of sends and sends them, several side by side, one transaction each (the row stays
 * locked while it goes, so two instances never send it twice). Consent, paper and the contact are
 * checked again here: a consent withdrawn since the decision means no message. A transient failure
 * is retried with jittered, doubling back-off; a permanent one fails the message and unverifies
 * the contact locally.
 */
@Component
class Sender {

	private static final Logger log = LoggerFactory.getLogger(Sender.class);

	private final Messages messages;

	private final Recipients recipients;

	private final Informing informing;

	private final Bounces bounces;

	private final Letters letters;

	private final Map<String, Transport> transports;

	private final SchoolTime time;

	private final TransactionTemplate transactions;

	private final NotificationProperties properties;

	private final UnsubscribeTokens tokens;

	Sender(Messages messages, Recipients recipients, Informing informing, Bounces bounces, Letters letters, List<Transport> transports, SchoolTime time,
			TransactionTemplate transactions, NotificationProperties properties, UnsubscribeTokens tokens) {
		this.tokens = tokens;
		this.messages = messages;
		this.recipients = recipients;
		this.informing = informing;
		this.bounces = bounces;
		this.letters = letters;
		this.transports = transports.stream().collect(Collectors.toMap(Transport::channel, t -> t));
		this.time = time;
		this.transactions = transactions;
		this.properties = properties;
	}

	/**
	 * Each tick, {@code workers} senders side by side drain what is due (each row locked by the one that took it, skipped
	 * by the others, as between instances; a recipient always with the same one), each up to {@code batch} messages; the next tick starts {@code interval}
	 * after the last of them finished. One sender in turn capped a region's evening digest at about 70 messages/s.
	 */
	@Scheduled(fixedDelayString = "${ejd.notification.sender.interval:1s}")
	void tick() {
		int workers = Math.max(1, properties.sender().workers());
		if (workers == 1) {
			drain(0, 1);
			return;
		}
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int w = 0; w < workers; w++) {
				int worker = w;
				senders.execute(() -> drain(worker, workers));
			}
		} // waits for every sender
	}

	private void drain(int worker, int workers) {
		try {
			for (int i = 0; i < properties.sender().batch(); i++) {
				Boolean more = transactions.execute(status -> sendNext(worker, workers));
				if (!Boolean.TRUE.equals(more)) {
					return;
				}
			}
		}
		catch (RuntimeException ex) {
			// the rows of a failed transaction are rolled back and stay due: the next tick takes them again
			log.warn("sending stopped for this tick", ex);
		}
	}

	/** Sends sender {@code worker}'s next due message (with its digest companions); false when nothing is due. */
	boolean sendNext(int worker, int workers) {
		Instant now = time.now();
		Optional<Message> next = messages.nextDue(now, worker, workers);
		if (next.isEmpty()) {
			return false;
		}
		Message first = next.get();
		List<Message> batch = new ArrayList<>(List.of(first));
		if (first.digest()) {
			batch.addAll(messages.dueDigestOf(first.recipientId(), first.channel(), first.id(), now));
		}
		List<Message> going = new ArrayList<>();
		for (Message m : batch) {
			// a personal message (own access, no student) needs no student's consent
			UUID student = m.studentId();
			String rule = informing.suppressingRule(student == null || recipients.processingAllowed(student), m.recipientId(), m.channel());
			if (rule != null) {
				messages.suppress(m.id(), rule);
			}
			else {
				going.add(m);
			}
		}
		if (going.isEmpty()) {
			return true;
		}
		Recipients.Contact contact = recipients.contact(first.recipientId(), first.channel()).orElseThrow();
		Letter letter;
		try {
			letter = letterOf(going, contact.destination());
		}
		catch (RuntimeException ex) {
			// a template that cannot render will not render on a retry either: failed, visible, and the queue moves on
			log.warn("message {} cannot be rendered", first.id(), ex);
			going.forEach(m -> messages.failed(m.id(), "rendering: " + ex.getMessage()));
			return true;
		}
		try {
			Transport.Sent sent = transports.get(first.channel()).send(letter);
			going.forEach(m -> messages.sent(m.id(), now, sent.providerId(), sent.segments()));
		}
		catch (DeliveryFailure failure) {
			String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
			log.info("message {} to {} not sent ({}): {}", first.id(), contact, failure.permanent() ? "permanent" : "transient", reason);
			for (Message m : going) {
				if (failure.permanent() || m.attempts() + 1 >= properties.sender().maxAttempts()) {
					messages.failed(m.id(), reason);
				}
				else {
					messages.retryAt(m.id(), now.plus(backoff(m.attempts())), reason);
				}
			}
			if (failure.permanent()) {
				bounces.bounced(first.recipientId(), first.channel(), first.schoolId(), reason);
			}
		}
		return true;
	}

	private Letter letterOf(List<Message> going, String to) {
		Message first = going.getFirst();
		// a personal message (own access: security notices, applications) is transactional: nothing to unsubscribe from
		String unsubscribe = first.studentId() == null ? null : properties.unsubscribeUrl() + "?token=" + tokens.of(first.id());
		if (going.size() == 1) {
			Letters.Rendered r = letters.render(first.kind(), first.language(), first.variables());
			return new Letter(first.id(), to, r.subject(), r.text(), r.html(), first.language(), unsubscribe, r.subject());
		}
		List<Map<String, String>> items = new ArrayList<>();
		for (Message m : going) {
			Letters.Rendered r = letters.render(m.kind(), m.language(), m.variables());
			Map<String, String> item = new HashMap<>();
			item.put("subject", r.subject());
			item.put("text", r.text().strip());
			items.add(item);
		}
		boolean weekly = going.stream().anyMatch(m -> "true".equals(m.variables().get(Informing.WEEKLY)));
		Letters.Rendered digest = letters.render("digest", first.language(), Map.of("items", items, "count", items.size(), "weekly", weekly));
		String shortText = String.join("; ", items.stream().map(item -> item.get("subject")).toList());
		return new Letter(first.id(), to, digest.subject(), digest.text(), digest.html(), first.language(), unsubscribe, shortText);
	}

	/** Doubling from the configured first delay, with ±25 % jitter so that retries of one outage spread out. */
	private Duration backoff(int attempts) {
		long base = properties.sender().backoff().toMillis() << Math.min(attempts, 10);
		double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.5;
		return Duration.ofMillis((long) (base * jitter));
	}

}
