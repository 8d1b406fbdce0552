package org.ejd.platform.idempotency;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/** Idempotency keys on every write of a service with a database (table from platform's Flyway folder). */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(JdbcClient.class)
@ConditionalOnBean(JdbcClient.class)
public class IdempotencyAutoConfiguration {

	/** After Spring Security's filters (order -100): the key belongs to the authenticated caller. */
	static final int ORDER = -90;

	@Bean
	FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(JdbcClient jdbc, ObjectMapper mapper, MessageSource messages,
			LocaleResolver locales, @Value("${ejd.idempotency.ttl:24h}") Duration ttl) {
		FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
				new IdempotencyFilter(jdbc, mapper, messages, locales, ttl));
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	@Bean
	WorkCommitted idempotentWorkCommitted(JdbcClient jdbc) {
		return new WorkCommitted(jdbc);
	}
}
