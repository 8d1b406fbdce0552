package org.ejd.notification;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * notification-service settings ({@code ejd.notification.*}).
 *
 * @param from the sender address of email
 * @param unsubscribeUrl where a non-transactional email's List-Unsubscribe points (this service's
 *        {@code /api/notifications/unsubscribe} as the public reaches it); {@code ?token=} is appended
 * @param sender the scheduled sender: how often, how many per tick, retries
 * @param digestAt the hour of the daily digest on the recipient's wall clock (and of the weekly one, on its day)
 * @param weeklyOn the day of the weekly digest for a recipient who did not choose one
 * @param markDeadline seed 004: a family is informed of a mark within this
 * @param absenceDeadline seed 004: a family is informed of an absence within this
 * @param sms the SMS providers, tried in order
 */
@ConfigurationProperties("ejd.notification")
public record NotificationProperties(
		@DefaultValue("eJD <no-reply@ejd.example>") String from,
		@DefaultValue("https://ejd.example/notifications/unsubscribe") String unsubscribeUrl,
		@DefaultValue Sender sender,
		@DefaultValue("18:00") LocalTime digestAt,
		@DefaultValue("friday") java.time.DayOfWeek weeklyOn,
		@DefaultValue("2d") Duration markDeadline,
		@DefaultValue("1d") Duration absenceDeadline,
		@DefaultValue Sms sms) {

	/**
	 * @param interval pause between ticks
	 * @param batch messages per worker and tick at most
	 * @param maxAttempts tries before a transient failure becomes FAILED
	 * @param backoff the first retry's delay; doubled per attempt, with jitter
	 * @param workers how many send side by side in a tick, each taking its own due rows (as several instances would)
	 * @param lease how long a message taken for sending is not due to anyone else; what the provider answered is written
	 *        within it (retried while the database is away), else the message goes again after it (ADR 0085)
	 * @param claim how many due messages a worker claims in one transaction (ADR 0086); those it has not sent when half the
	 *        lease is gone it gives back
	 */
	public record Sender(
			@DefaultValue("1s") Duration interval,
			@DefaultValue("2000") int batch,
			@DefaultValue("6") int maxAttempts,
			@DefaultValue("30s") Duration backoff,
			@DefaultValue("4") int workers,
			@DefaultValue("5m") Duration lease,
			@DefaultValue("8") int claim) {
	}

	/**
	 * @param sender the source address of SMS (an alphanumeric name registered with the operators)
	 * @param dailyCap SMS per person per day at most (the recipient's day); more are suppressed with rule {@code sms-daily-cap}
	 * @param smpp an SMSC reached over SMPP 3.4; off when {@code port} is 0
	 * @param http an HTTP aggregator (SMS.RU's JSON API); off when {@code url} is empty
	 */
	public record Sms(
			@DefaultValue("EJD") String sender,
			@DefaultValue("10") int dailyCap,
			@DefaultValue Smpp smpp,
			@DefaultValue Http http,
			@DefaultValue Guard guard) {
	}

	/**
	 * The circuit breaker, rate limiter and bulkhead of each SMS provider.
	 *
	 * @param failureRate per cent of failed sends (of the last {@code window}, after {@code minimumCalls}) that opens a breaker
	 * @param window how many recent sends the breaker judges
	 * @param minimumCalls how many sends before it judges at all
	 * @param openFor how long an open breaker sends nothing before it tries again
	 * @param sendsPerSecond the most a provider is given per second
	 * @param concurrentSends the most sends in flight to one provider
	 */
	public record Guard(
			@DefaultValue("50") float failureRate,
			@DefaultValue("10") int window,
			@DefaultValue("4") int minimumCalls,
			@DefaultValue("30s") Duration openFor,
			@DefaultValue("100") int sendsPerSecond,
			@DefaultValue("8") int concurrentSends) {
	}

	/**
	 * @param timeout how long to wait for a submit_sm_resp
	 * @param sessions how many transceiver sessions to bind and use in turn (the SMSC must allow that many binds)
	 */
	public record Smpp(
			@DefaultValue("localhost") String host,
			@DefaultValue("0") int port,
			@DefaultValue("ejd") String systemId,
			@DefaultValue("") String password,
			@DefaultValue("5s") Duration timeout,
			@DefaultValue("4") int sessions) {
	}

	/**
	 * @param url the aggregator's send endpoint, e.g. {@code https://sms.ru/sms/send}
	 * @param apiId the account's key (a secret: from the environment)
	 * @param callbackSecret the last path segment of our status callback URL, so that only the aggregator knows it
	 */
	public record Http(
			@DefaultValue("") String url,
			@DefaultValue("") String apiId,
			@DefaultValue("") String callbackSecret,
			@DefaultValue("5s") Duration timeout) {
	}
}
