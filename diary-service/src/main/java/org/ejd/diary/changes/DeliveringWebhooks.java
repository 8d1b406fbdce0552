package org.ejd.diary.changes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.ObjectMapper;

/**
 * Tells subscribed apps that their feed has news, and delivers (I1, docs/adr/0027). A delivery names the families and how
 * many changes each has, never the data: the app pulls the feed with its own token, so what it gets is decided by the
 * same scope and audit as any read, and no personal data waits in a retry queue. Each attempt is signed
 * ({@link WebhookSignature}); a failed one is retried with exponential back-off from the state in the database (a
 * restart loses nothing); a subscription that keeps failing is disabled until the app resumes it. Several replicas
 * share the work: rows are claimed with {@code for update skip locked}.
 */
@Component
@EnableScheduling
class DeliveringWebhooks {

	private static final Logger log = LoggerFactory.getLogger(DeliveringWebhooks.class);

	static final String DELIVERY = """
			select d.id, d.seq, d.kind, d.status, d.attempts, d.created_at, d.last_attempt_at, d.last_status, d.last_error,
			  d.next_attempt_at, d.delivered_at, d.payload from webhook_delivery d""";

	private static final int DELIVERIES_PER_RUN = 50;

	private final JdbcClient jdbc;

	private final FeedScopes scopes;

	private final SchoolTime time;

	private final WebhookSettings settings;

	private final ObjectMapper json;

	private final TransactionTemplate transaction;

	private final HttpClient http;

	private final WebhookTargets targets;

	DeliveringWebhooks(JdbcClient jdbc, FeedScopes scopes, SchoolTime time, WebhookSettings settings, ObjectMapper json,
			PlatformTransactionManager transactions, WebhookTargets targets) {
		this.jdbc = jdbc;
		this.targets = targets;
		this.scopes = scopes;
		this.time = time;
		this.settings = settings;
		this.json = json;
		this.transaction = new TransactionTemplate(transactions);
		// no redirects: a receiver cannot bounce a signed delivery to an address the subscription never named
		this.http = HttpClient.newBuilder().connectTimeout(settings.attemptTimeout()).followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Scheduled(fixedDelayString = "${ejd.diary.webhooks.check-every:PT5S}", initialDelayString = "${ejd.diary.webhooks.check-every:PT5S}")
	void run() {
		try {
			announceChanges();
			deliverDue();
		}
		catch (RuntimeException e) {
			log.warn("webhook round failed, next round retries: {}", e.toString());
		}
	}

	/** The app's test: one signed ping delivered now, in the log like any delivery (also to a disabled subscription). */
	Webhooks.Delivery ping(Webhooks.Subscription subscription) {
		UUID id = UUID.randomUUID();
		Instant now = time.now();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", id);
		payload.put("type", "diary.webhook.ping");
		payload.put("subscriptionId", subscription.id());
		payload.put("occurredAt", now.toString());
		transaction.executeWithoutResult(status -> enqueue(id, subscription.id(), "ping", payload, now));
		transaction.executeWithoutResult(status -> claim("d.id = :id", Map.of("id", id)).ifPresent(this::attempt));
		return jdbc.sql(DELIVERY + " where d.id = ?").param(id).query(Webhooks.Delivery.class).single();
	}

	/** The log rows of the subscribed families after the subscription's position that are final. */
	private static final String NEWS = """
			f.family = any(cast(:families as text[])) and (f.tx, f.seq) > (cast(:tx as xid8), :seq)
			  and f.tx < pg_snapshot_xmin(pg_current_snapshot())""";

	/** For each active subscription with log rows after its position in its scope: one delivery, and the position moves on. */
	void announceChanges() {
		List<UUID> active = jdbc.sql("select id from webhook_subscription where status = 'active'").query(UUID.class).list();
		for (UUID subscription : active) {
			transaction.executeWithoutResult(status -> announce(subscription));
		}
	}

	private void announce(UUID id) {
		Optional<Watched> found = jdbc.sql("""
				select id, client_id, subject, person_id, roles, cast(school_ids as text) as school_ids,
				  cast(families as text) as families, cast(tx as text) as tx, seq
				from webhook_subscription where id = ? and status = 'active' for update skip locked""")
			.param(id).query(Watched.class).optional();
		if (found.isEmpty()) {
			return;
		}
		Watched watched = found.get();
		FeedScopes.Scope scope;
		try {
			scope = scopes.of(watched.caller());
		}
		catch (Refusal noLongerReadable) {
			return;
		}
		// news.tx qualified: a bare tx in the order by would name the text column and sort 99 after 100
		News news = jdbc.sql("with news as (" + ScopedLog.rows(scope, NEWS, "") + """
				)
				select (select cast(jsonb_object_agg(family, n) as text) from (select family, count(*) as n from news group by family) c)
				    as counts,
				  (select cast(news.tx as text) from news order by news.tx desc, news.seq desc limit 1) as last_tx,
				  (select news.seq from news order by news.tx desc, news.seq desc limit 1) as last_seq""")
			.param("families", watched.families()).param("tx", watched.tx()).param("seq", watched.seq())
			.param("students", scope.studentsArray()).param("schools", scope.schoolsArray())
			.query(News.class).single();
		if (news.counts() == null || news.lastTx() == null || news.lastSeq() == null) {
			return;
		}
		UUID delivery = UUID.randomUUID();
		Instant now = time.now();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("id", delivery);
		payload.put("type", "diary.changes");
		payload.put("subscriptionId", id);
		payload.put("occurredAt", now.toString());
		payload.put("changes", json.readValue(news.counts(), Map.class));
		payload.put("feeds", Arrays.stream(watched.families().replaceAll("[{}]", "").split(","))
			.map(f -> "/api/diary/changes/" + f).toList());
		enqueue(delivery, id, "changes", payload, now);
		jdbc.sql("update webhook_subscription set tx = cast(? as xid8), seq = ? where id = ?")
			.params(news.lastTx(), news.lastSeq(), id).update();
	}

	/** Sends what is due, one claimed row per transaction, until nothing is due or the round's share is done. */
	void deliverDue() {
		for (int i = 0; i < DELIVERIES_PER_RUN; i++) {
			Boolean sent = transaction.execute(status -> claim("""
					d.status = 'pending' and d.next_attempt_at <= :now
					  and exists (select 1 from webhook_subscription s where s.id = d.subscription_id and s.status = 'active')""",
					Map.of("now", Timestamp.from(time.now()))).map(this::attemptAndTrue).orElse(false));
			if (!Boolean.TRUE.equals(sent)) {
				return;
			}
		}
	}

	private boolean attemptAndTrue(Claimed claimed) {
		attempt(claimed);
		return true;
	}

	private void enqueue(UUID id, UUID subscription, String kind, Map<String, Object> payload, Instant now) {
		jdbc.sql("""
				insert into webhook_delivery (id, subscription_id, kind, payload, status, next_attempt_at, created_at)
				values (?, ?, ?, ?, 'pending', ?, ?)""")
			.params(id, subscription, kind, json.writeValueAsString(payload), Timestamp.from(now), Timestamp.from(now)).update();
	}

	private Optional<Claimed> claim(String condition, Map<String, Object> params) {
		return jdbc.sql("""
				select d.id, d.subscription_id, d.payload, d.attempts, s.url, s.secret from webhook_delivery d
				join webhook_subscription s on s.id = d.subscription_id
				where """ + " " + condition + " order by d.next_attempt_at limit 1 for update of d skip locked")
			.params(params).query(Claimed.class).optional();
	}

	/** One attempt and its outcome, in the claiming transaction (a crash mid-way leaves the delivery to the next round). */
	private void attempt(Claimed d) {
		Instant now = time.now();
		Integer status = null;
		String error = null;
		try {
			URI target = URI.create(d.url());
			// the name is looked up again right before the attempt: an address re-pointed inside since registration (DNS
			// rebinding) fails the attempt without a connection; the JVM's address cache hands the client the same answer
			targets.deliverable(target);
			HttpRequest request = HttpRequest.newBuilder(target).timeout(settings.attemptTimeout())
				.header("Content-Type", "application/json").header("User-Agent", "eJD-Webhooks/1")
				.header("Webhook-Id", d.id().toString())
				.header("Webhook-Signature", WebhookSignature.header(d.secret(), now.getEpochSecond(), d.payload()))
				.POST(HttpRequest.BodyPublishers.ofString(d.payload())).build();
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException | IllegalArgumentException e) {
			error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
		}
		catch (Refusal e) {
			error = "address refused (" + e.messageKey() + ")";
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			error = "interrupted";
		}
		int attempts = d.attempts() + 1;
		if (status != null && status >= 200 && status < 300) {
			jdbc.sql("""
					update webhook_delivery set status = 'delivered', attempts = ?, last_attempt_at = ?, last_status = ?,
					  last_error = null, next_attempt_at = null, delivered_at = ? where id = ?""")
				.params(attempts, Timestamp.from(now), status, Timestamp.from(now), d.id()).update();
			jdbc.sql("update webhook_subscription set consecutive_failures = 0 where id = ?").param(d.subscriptionId()).update();
			return;
		}
		String why = error != null ? error : "HTTP " + status;
		boolean givenUp = attempts >= settings.giveUpAfter();
		jdbc.sql("""
				update webhook_delivery set status = ?, attempts = ?, last_attempt_at = ?, last_status = ?, last_error = ?,
				  next_attempt_at = ? where id = ?""")
			.params(givenUp ? "failed" : "pending", attempts, Timestamp.from(now), status,
					why.length() > 500 ? why.substring(0, 500) : why,
					givenUp ? null : Timestamp.from(now.plus(settings.retryAfter(attempts))), d.id())
			.update();
		jdbc.sql("""
				update webhook_subscription set consecutive_failures = consecutive_failures + 1,
				  status = case when consecutive_failures + 1 >= ? then 'disabled' else status end,
				  disabled_at = case when consecutive_failures + 1 >= ? and status = 'active' then ? else disabled_at end
				where id = ?""")
			.params(settings.disableAfter(), settings.disableAfter(), Timestamp.from(now), d.subscriptionId()).update();
	}

	private record Watched(UUID id, String clientId, String subject, @Nullable UUID personId, String roles, String schoolIds,
			String families, String tx, long seq) {

		/** The subscriber as their token said when they subscribed: their scope is decided again from it each round. */
		Caller caller() {
			Set<Role> roleSet = Arrays.stream(roles.split(",")).map(Role::ofRealmName).flatMap(Optional::stream)
				.collect(Collectors.toUnmodifiableSet());
			Set<UUID> schools = Arrays.stream(schoolIds.replaceAll("[{}]", "").split(",")).filter(s -> !s.isBlank())
				.map(UUID::fromString).collect(Collectors.toUnmodifiableSet());
			return new Caller(subject, personId, schools, Set.of(), roleSet, clientId);
		}
	}

	private record News(@Nullable String counts, @Nullable String lastTx, @Nullable Long lastSeq) {
	}

	private record Claimed(UUID id, UUID subscriptionId, String payload, int attempts, String url, String secret) {
	}
}
