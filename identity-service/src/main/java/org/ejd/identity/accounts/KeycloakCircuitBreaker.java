package org.ejd.identity.accounts;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.ejd.platform.refusal.Refusal;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The breaker around Keycloak's admin API: refusals (409, 400) are answers, not failures. */
@Configuration(proxyBeanMethods = false)
class KeycloakCircuitBreaker {

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> keycloakBreaker(KeycloakProperties properties) {
		return factory -> factory.configure(builder -> builder
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout().multipliedBy(properties.attempts())).build())
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowSize(20)
				.minimumNumberOfCalls(10)
				.failureRateThreshold(50)
				.waitDurationInOpenState(Duration.ofSeconds(15))
				.ignoreExceptions(Refusal.class)
				.build()), "keycloak");
	}
}
