package org.ejd.notification.sms;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

import org.ejd.notification.NotificationProperties;
import org.ejd.notification.delivery.Messages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

/**
 * The SMS channel exists when at least one provider is configured (an SMPP port, an aggregator URL);
 * without it SMS decisions are suppressed with rule {@code no-sms-provider}. SMPP is tried first.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${ejd.notification.sms.smpp.port:0} > 0 or '${ejd.notification.sms.http.url:}' != ''")
class SmsConfiguration {

	/*
	 * The registries are made here from ejd.notification.sms.guard, not by resilience4j's Spring Boot
	 * starter: the gateway uses Spring Cloud's circuit-breaker starter, and the two starters' beans
	 * clash where the local stack runs every service in one JVM (TOOLCHAIN: never both).
	 */
	@Bean
	CircuitBreakerRegistry smsBreakers(NotificationProperties properties) {
		NotificationProperties.Guard guard = properties.sms().guard();
		return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.failureRateThreshold(guard.failureRate())
			.slidingWindowSize(guard.window())
			.minimumNumberOfCalls(guard.minimumCalls())
			.waitDurationInOpenState(guard.openFor())
			.permittedNumberOfCallsInHalfOpenState(2)
			.build());
	}

	@Bean
	RateLimiterRegistry smsRateLimiters(NotificationProperties properties) {
		return RateLimiterRegistry.of(RateLimiterConfig.custom()
			.limitForPeriod(properties.sms().guard().sendsPerSecond())
			.limitRefreshPeriod(Duration.ofSeconds(1))
			.timeoutDuration(Duration.ZERO)
			.build());
	}

	@Bean
	BulkheadRegistry smsBulkheads(NotificationProperties properties) {
		return BulkheadRegistry.of(BulkheadConfig.custom()
			.maxConcurrentCalls(properties.sms().guard().concurrentSends())
			.maxWaitDuration(Duration.ZERO)
			.build());
	}

	@Bean(destroyMethod = "")
	SmsChannel smsChannel(NotificationProperties properties, Messages messages, ObjectMapper json, CircuitBreakerRegistry breakers,
			RateLimiterRegistry limiters, BulkheadRegistry bulkheads) {
		List<SmsProvider> providers = new ArrayList<>();
		if (properties.sms().smpp().port() > 0) {
			providers.add(new SmppProvider(properties.sms().smpp(), messages::receipt));
		}
		if (!properties.sms().http().url().isBlank()) {
			providers.add(new SmsRu(properties.sms().http(), json));
		}
		return new SmsChannel(providers, properties.sms(), breakers, limiters, bulkheads);
	}
}
