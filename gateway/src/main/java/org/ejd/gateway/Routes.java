package org.ejd.gateway;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;

import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * One route per service: {@code /api/<name>/**} (and the service's further paths, {@code ejd.gateway.paths})
 * to the service as it is, and its OpenAPI document at {@code /api-docs/<name>} for the one Swagger
 * UI. Each route has its own circuit breaker and time limit; when a service is down or slow the caller gets a problem+json 503. No retries: a
 * retried POST could write twice.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

	@Bean
	RouterFunction<ServerResponse> serviceRoutes(GatewayProperties properties, TraceToServices traces) {
		for (String name : properties.paths().keySet()) {
			if (!properties.services().containsKey(name)) {
				throw new IllegalStateException("ejd.gateway.paths names an unknown service: " + name);
			}
		}
		RouterFunction<ServerResponse> routes = null;
		for (Map.Entry<String, URI> service : properties.services().entrySet()) {
			String name = service.getKey();
			RouterFunction<ServerResponse> api = route(name)
				.route(path("/api/" + name + "/**"), http())
				.before(uri(service.getValue()))
				.before(traces::capture)
				.filter(circuitBreaker(name, URI.create("forward:/fallback/" + name)))
				.build();
			RouterFunction<ServerResponse> docs = route(name + "-docs")
				.route(path("/api-docs/" + name), http())
				.before(uri(service.getValue()))
				.before(traces::capture)
				.before(setPath("/v3/api-docs"))
				.filter(circuitBreaker(name, URI.create("forward:/fallback/" + name)))
				.build();
			RouterFunction<ServerResponse> both = api.and(docs);
			for (String pattern : properties.paths().getOrDefault(name, List.of())) {
				both = both.and(route(name + pattern)
					.route(path(pattern), http())
					.before(uri(service.getValue()))
					.before(traces::capture)
					.filter(circuitBreaker(name, URI.create("forward:/fallback/" + name)))
					.build());
			}
			routes = routes == null ? both : routes.and(both);
		}
		if (routes == null) {
			throw new IllegalStateException("ejd.gateway.services names no service");
		}
		return routes;
	}

	/**
	 * The time limit runs each proxied call on another thread and waits for it at most {@code ejd.gateway.timeout}.
	 * Resilience4J's default pool for that is a cached pool of platform threads: every request then woke a parked OS
	 * thread and was woken back (issue 13, ADR 0068). A virtual thread per call costs a continuation on the carriers the
	 * requests already run on; a call that runs out of time is interrupted, and an interrupted virtual thread blocked
	 * on the service's socket gives the connection up, where a platform thread kept waiting after the 503.
	 */
	@Bean(destroyMethod = "shutdown")
	ExecutorService proxiedCalls() {
		return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("proxied-call-", 0).factory());
	}

	@Bean
	Customizer<Resilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties,
			ExecutorService proxiedCalls) {
		return factory -> {
			factory.configureExecutorService(proxiedCalls);
			factory.configureGroupExecutorService(group -> proxiedCalls);
			configureDefaults(factory, properties);
		};
	}

	private static void configureDefaults(Resilience4JCircuitBreakerFactory factory, GatewayProperties properties) {
		factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
			.timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(properties.timeout()).build())
			.circuitBreakerConfig(CircuitBreakerConfig.custom()
				.slidingWindowSize(50)
				.minimumNumberOfCalls(20)
				.failureRateThreshold(50)
				.waitDurationInOpenState(java.time.Duration.ofSeconds(10))
				.build())
			.build());
	}
}
