package org.ejd.gateway;

import io.github.bucket4j.TimeMeter;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/** The rate limits after Spring Security's filters (order -100), so that the user and the client of the token are known. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	@Bean
	FilterRegistrationBean<RateLimits> rateLimits(RateLimitProperties properties, ClientAddress addresses, MessageSource messages,
			LocaleResolver locales, ObjectMapper mapper) {
		FilterRegistrationBean<RateLimits> registration = new FilterRegistrationBean<>(
				new RateLimits(properties, addresses, messages, locales, mapper, TimeMeter.SYSTEM_NANOTIME));
		registration.setOrder(-95);
		registration.addUrlPatterns("/api/*");
		return registration;
	}
}
