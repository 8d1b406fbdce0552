package org.ejd.diary.changes;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.ejd.platform.refusal.Refusal;
import org.ejd.platform.security.Caller;
import org.ejd.platform.security.Role;
import org.ejd.platform.time.SchoolTime;
import org.ejd.platform.web.paging.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An app's webhook subscriptions (I1): made, listed, resumed and removed by the app itself (the same client and the same
 * user or service account), each with its delivery log. Anyone else's subscription answers 404.
 */
@Service
class Webhooks {

	static final int MAX_PER_APP = 20;

	static final int MAX_LOG_LIMIT = 200;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String SUBSCRIPTION = """
			select id, url, cast(array_to_json(families) as text) as families, status, consecutive_failures, disabled_at, created_at from webhook_subscription
			where client_id = :client and subject = :subject""";

	private final JdbcClient jdbc;

	private final FeedScopes scopes;

	private final SchoolTime time;

	private final WebhookTargets targets;

	Webhooks(JdbcClient jdbc, FeedScopes scopes, SchoolTime time, WebhookTargets targets) {
		this.jdbc = jdbc;
		this.scopes = scopes;
		this.time = time;
		this.targets = targets;
	}

	/** Subscribes the app to families of the caller's feed, from now on; the secret is shown this once. */
	@Transactional
	Created subscribe(Caller caller, @Nullable String url, @Nullable List<String> families) {
		scopes.of(caller);
		String target = targets.registered(url).toString();
		List<String> wanted = checkedFamilies(families);
		long count = jdbc.sql("select count(*) from webhook_subscription where client_id = ? and subject = ?")
			.params(caller.clientId(), caller.subject()).query(Long.class).single();
		if (count >= MAX_PER_APP) {
			throw Refusal.conflict("diary.webhooks.too-many", MAX_PER_APP);
		}
		byte[] key = new byte[32];
		RANDOM.nextBytes(key);
		String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into webhook_subscription (id, client_id, subject, person_id, roles, school_ids, url, secret, families, status,
				  tx, seq, created_at)
				values (:id, :client, :subject, :person, :roles, cast(:schools as uuid[]), :url, :secret, cast(:families as text[]),
				  'active', pg_snapshot_xmin(pg_current_snapshot()), 0, :now)""")
			.param("id", id).param("client", caller.clientId()).param("subject", caller.subject())
			.param("person", caller.personId(), java.sql.Types.OTHER)
			.param("roles", caller.roles().stream().map(Role::realmName).sorted().collect(Collectors.joining(",")))
			.param("schools", caller.schoolIds().toArray(UUID[]::new))
			.param("url", target).param("secret", secret)
			.param("families", String.join(",", wanted).transform(s -> "{" + s + "}"))
			.param("now", Timestamp.from(time.now())).update();
		return new Created(subscription(caller, id), secret);
	}

	@Transactional(readOnly = true)
	List<Subscription> list(Caller caller) {
		FeedScopes.requireFeedCaller(caller);
		return jdbc.sql(SUBSCRIPTION + " order by created_at").param("client", caller.clientId()).param("subject", caller.subject())
			.query(Subscription.class).list();
	}

	@Transactional(readOnly = true)
	Subscription subscription(Caller caller, UUID id) {
		FeedScopes.requireFeedCaller(caller);
		return jdbc.sql(SUBSCRIPTION + " and id = :id").param("client", caller.clientId()).param("subject", caller.subject())
			.param("id", id).query(Subscription.class).optional()
			.orElseThrow(() -> Refusal.unknown("diary.webhooks.not-found"));
	}

	/** After an automatic disable: deliveries start again, the pending ones first, the failure count from zero. */
	@Transactional
	Subscription resume(Caller caller, UUID id) {
		FeedScopes.requireFeedCaller(caller);
		Subscription subscription = subscription(caller, id);
		if ("active".equals(subscription.status())) {
			throw Refusal.conflict("diary.webhooks.already-active");
		}
		jdbc.sql("""
				update webhook_subscription set status = 'active', consecutive_failures = 0, disabled_at = null where id = ?""")
			.param(id).update();
		jdbc.sql("update webhook_delivery set next_attempt_at = ? where subscription_id = ? and status = 'pending'")
			.params(Timestamp.from(time.now()), id).update();
		return subscription(caller, id);
	}

	@Transactional
	void remove(Caller caller, UUID id) {
		FeedScopes.requireFeedCaller(caller);
		subscription(caller, id);
		jdbc.sql("delete from webhook_subscription where id = ?").param(id).update();
	}

	/** The delivery log, newest first, cursor-paged. */
	@Transactional(readOnly = true)
	DeliveryPage deliveries(Caller caller, UUID id, @Nullable String cursor, int limit) {
		FeedScopes.requireFeedCaller(caller);
		subscription(caller, id);
		PageRequest.limit(limit, MAX_LOG_LIMIT);
		long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : parseCursor(cursor);
		List<Delivery> items = jdbc.sql(DeliveringWebhooks.DELIVERY + " where d.subscription_id = ? and d.seq < ? order by d.seq desc limit ?")
			.params(id, before, limit + 1).query(Delivery.class).list();
		boolean more = items.size() > limit;
		List<Delivery> shown = more ? items.subList(0, limit) : items;
		return new DeliveryPage(shown, more ? Long.toString(shown.getLast().seq()) : null);
	}

	private static long parseCursor(String cursor) {
		try {
			return Long.parseLong(cursor);
		}
		catch (NumberFormatException e) {
			throw Refusal.invalid("diary.webhooks.bad-cursor");
		}
	}

	private static List<String> checkedFamilies(@Nullable List<String> families) {
		if (families == null || families.isEmpty() || families.size() > SyncedFamily.values().length) {
			throw Refusal.invalid("diary.webhooks.bad-families");
		}
		Set<String> known = Arrays.stream(SyncedFamily.values()).map(SyncedFamily::wireName).collect(Collectors.toSet());
		Set<String> wanted = new LinkedHashSet<>(families);
		if (!known.containsAll(wanted)) {
			throw Refusal.invalid("diary.webhooks.bad-families");
		}
		return List.copyOf(wanted);
	}

	record Subscription(UUID id, String url,
			@Schema(types = "array", description = "Семейства ленты, например [\"marks\"] / the feed families, e.g. [\"marks\"]") @JsonRawValue String families,
			@Schema(allowableValues = { "active", "disabled" }) String status, int consecutiveFailures,
			@Nullable OffsetDateTime disabledAt, OffsetDateTime createdAt) {
	}

	record Created(Subscription subscription, String secret) {
	}

	/** One delivery and its last attempt: {@code pending} (with the next attempt), {@code delivered} or {@code failed}. */
	record Delivery(UUID id, long seq,
			@Schema(allowableValues = { "changes", "ping" }) String kind,
			@Schema(allowableValues = { "pending", "delivered", "failed" }) String status, int attempts, OffsetDateTime createdAt,
			@Nullable OffsetDateTime lastAttemptAt, @Nullable Integer lastStatus, @Nullable String lastError,
			@Nullable OffsetDateTime nextAttemptAt, @Nullable OffsetDateTime deliveredAt,
			@Schema(types = "object", description = "Тело доставки, как его получил адрес / the body posted to the address") @JsonRawValue String payload) {
	}

	record DeliveryPage(List<Delivery> items, @Nullable String nextCursor) {
	}
}
