package org.ejd.notification.sms;

import java.util.List;
import java.util.function.Supplier;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.DeliveryFailure;
import org.ejd.notification.delivery.Letter;
import org.ejd.notification.delivery.Transport;
import org.ejd.notification.sms.domain.Segments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS channel: the providers in their configured order, each behind its own bulkhead, rate
 * limiter and circuit breaker (Resilience4j, {@code resilience4j.*.instances.sms-smpp|sms-http}). A
 * provider whose breaker is open, whose limits are full, or that fails transiently hands over to the
 * next; when none takes it the message waits for the sender's next try. A permanent refusal of the
 * number ends there: another provider would be refused too, and the breaker does not count it.
 */
class SmsChannel implements Transport {

	private static final Logger log = LoggerFactory.getLogger(SmsChannel.class);

	private final List<Guarded> providers;

	private final NotificationProperties.Sms settings;

	SmsChannel(List<SmsProvider> providers, NotificationProperties.Sms settings, CircuitBreakerRegistry breakers,
			RateLimiterRegistry limiters, BulkheadRegistry bulkheads) {
		this.settings = settings;
		this.providers = providers.stream().map(p -> new Guarded(p, breakers.circuitBreaker(p.name()), limiters.rateLimiter(p.name()),
				bulkheads.bulkhead(p.name()))).toList();
	}

	@Override
	public String channel() {
		return "sms";
	}

	@Override
	public Sent send(Letter letter) {
		Segments segments = Segments.of(letter.shortText());
		DeliveryFailure last = null;
		for (Guarded provider : providers) {
			Supplier<Outcome> call = () -> {
				try {
					return new Outcome(provider.provider().submit(letter.to(), settings.sender(), segments), null);
				}
				catch (DeliveryFailure failure) {
					if (failure.permanent()) {
						return new Outcome(null, failure); // the provider works: not a failure for its breaker
					}
					throw failure;
				}
			};
			try {
				Outcome outcome = Bulkhead.decorateSupplier(provider.bulkhead(),
						RateLimiter.decorateSupplier(provider.limiter(), CircuitBreaker.decorateSupplier(provider.breaker(), call))).get();
				if (outcome.refused() != null) {
					throw outcome.refused();
				}
				return new Sent(outcome.id(), segments.count());
			}
			catch (CallNotPermittedException | RequestNotPermitted | BulkheadFullException ex) {
				log.info("SMS provider {} skipped: {}", provider.provider().name(), ex.getMessage());
				last = new DeliveryFailure(false, provider.provider().name() + ": " + ex.getMessage(), ex);
			}
			catch (DeliveryFailure failure) {
				if (failure.permanent()) {
					throw failure;
				}
				log.info("SMS provider {} failed: {}", provider.provider().name(), failure.getMessage());
				last = failure;
			}
		}
		throw last != null ? last : new DeliveryFailure(false, "no SMS provider configured", null);
	}

	private record Guarded(SmsProvider provider, CircuitBreaker breaker, RateLimiter limiter, Bulkhead bulkhead) {
	}

	private record Outcome(@org.jspecify.annotations.Nullable String id, @org.jspecify.annotations.Nullable DeliveryFailure refused) {
	}
}
