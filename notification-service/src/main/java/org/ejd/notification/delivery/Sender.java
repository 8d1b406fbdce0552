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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.recipients.Bounces;
import org.ejd.notification.recipients.Recipients;
import org.ejd.notification.unsubscribe.UnsubscribeTokens;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes due messages from the outbox of sends and sends them, several side by side: a few at a time are claimed in a
 * transaction (locked, then leased, so no other sender of this or another instance takes them while they go; ADR 0086),
 * each is sent with no transaction open, and its answer written after it (ADR 0085). Consent, paper and the contact are
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
			int done = 0;
			while (done < properties.sender().batch()) {
				int taken = sendSome(worker, workers, Math.min(Math.max(1, properties.sender().claim()), properties.sender().batch() - done));
				if (taken == 0) {
					return;
				}
				done += taken;
			}
		}
		catch (RuntimeException ex) {
			// a claim that failed is rolled back and its rows stay due: the next tick takes them again
			log.warn("sending stopped for this tick", ex);
		}
	}

	/**
	 * Sends up to {@code most} of sender {@code worker}'s next due messages (each with its digest companions) and answers how
	 * many it took; 0 when nothing is due. Three steps, so that a letter the provider took is never sent again because the
	 * database went away before it was written down (ADR 0085): the messages are claimed (leased) in one transaction (ADR
	 * 0086), each is sent with no transaction open, and the provider's answer to each is written right after its send,
	 * retried until the database takes it.
	 */
	int sendSome(int worker, int workers, int most) {
		List<Claim> claims = transactions.execute(status -> claimSome(worker, workers, most));
		if (claims == null) {
			return 0;
		}
		long halfLease = properties.sender().lease().toNanos() / 2;
		for (Claim claim : claims) {
			if (claim.letter() == null) {
				continue; // suppressed or not renderable, decided in the claim
			}
			if (System.nanoTime() - claim.claimedNanos() > halfLease) {
				// the sends before it were slow: it is given back rather than sent near the lease's end, when another may take it
				recordWithinLease(claim, () -> messages.lease(claim.going().stream().map(Message::id).toList(), claim.now()));
				continue;
			}
			send(claim);
		}
		return claims.size();
	}

	private void send(Claim claim) {
		Transport.Sent sent;
		try {
			sent = transports.get(claim.first().channel()).send(claim.letter());
		}
		catch (DeliveryFailure failure) {
			recordWithinLease(claim, () -> failed(claim, failure));
			return;
		}
		recordWithinLease(claim, () -> {
			claim.going().forEach(m -> messages.sent(m.id(), claim.now(), sent.providerId(), sent.segments()));
			if (sent.providerId() != null && "sms".equals(claim.first().channel())) {
				messages.takeEarlyReceipt(sent.providerId()); // SMS providers send receipts, and one may have come first (ADR 0088)
			}
		});
	}

	/**
	 * In one transaction, up to {@code most} times: the next due message with its digest companions. What is leased,
	 * suppressed or failed here is no longer due within the transaction, so each look finds the next message.
	 */
	private List<Claim> claimSome(int worker, int workers, int most) {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < most; i++) {
			Optional<Claim> claim = claimNext(worker, workers);
			if (claim.isEmpty()) {
				break;
			}
			claims.add(claim.get());
		}
		return claims;
	}

	/**
	 * Within the claim's transaction: locks the next due message and its digest companions, suppresses what consent or the
	 * family's choices forbid now, renders the letter and leases what goes. Empty when nothing is due; a claim without a letter when
	 * nothing of it goes.
	 */
	private Optional<Claim> claimNext(int worker, int workers) {
		Instant now = time.now();
		Optional<Message> next = messages.nextDue(now, worker, workers);
		if (next.isEmpty()) {
			return Optional.empty();
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
			return Optional.of(new Claim(first, going, null, null, now, System.nanoTime()));
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
			return Optional.of(new Claim(first, going, null, null, now, System.nanoTime()));
		}
		messages.lease(going.stream().map(Message::id).toList(), now.plus(properties.sender().lease()));
		return Optional.of(new Claim(first, going, letter, contact, now, System.nanoTime()));
	}

	private void failed(Claim claim, DeliveryFailure failure) {
		Message first = claim.first();
		String reason = failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
		log.info("message {} to {} not sent ({}): {}", first.id(), claim.contact(), failure.permanent() ? "permanent" : "transient", reason);
		for (Message m : claim.going()) {
			if (failure.permanent() || m.attempts() + 1 >= properties.sender().maxAttempts()) {
				messages.failed(m.id(), reason);
			}
			else {
				messages.retryAt(m.id(), claim.now().plus(backoff(m.attempts())), reason);
			}
		}
		if (failure.permanent()) {
			bounces.bounced(first.recipientId(), first.channel(), first.schoolId(), reason);
		}
	}

	/**
	 * Writes what the provider answered, in a transaction, again and again (from a tenth of a second, doubling to five) while
	 * the database refuses, until the lease runs out: then the message is due again and goes a second time, which is logged.
	 */
	private void recordWithinLease(Claim claim, Runnable write) {
		long deadline = claim.claimedNanos() + properties.sender().lease().toNanos();
		long pause = 100;
		while (true) {
			try {
				transactions.executeWithoutResult(status -> write.run());
				return;
			}
			catch (TransactionException | DataAccessException ex) {
				if (System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) - deadline > 0) {
					log.error("what the provider answered for message {} could not be written within its lease: it will be sent again",
							claim.first().id(), ex);
					return;
				}
				log.warn("what the provider answered for message {} is not written yet ({}); trying again in {} ms", claim.first().id(),
						ex.getClass().getSimpleName(), pause);
				try {
					Thread.sleep(pause);
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					log.error("stopped while writing what the provider answered for message {}: it will be sent again after its lease",
							claim.first().id());
					return;
				}
				pause = Math.min(pause * 2, 5_000);
			}
		}
	}

	/** Messages taken for sending: the first due one, those of them that go (in one letter), when, and the nanoTime of the lease. */
	private record Claim(Message first, List<Message> going, @Nullable Letter letter, Recipients.@Nullable Contact contact, Instant now,
			long claimedNanos) {
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
