package org.ejd.identity.codes;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps access codes and passwords out of the platform's idempotency store, which keeps the body of
 * every answer (and a hash of every request) for a day: for issuing a code and for activation the
 * {@code Idempotency-Key} header is ignored. Retrying is still safe: a repeated issue replaces the
 * first code, a repeated activation finds its code used.
 */
@Configuration(proxyBeanMethods = false)
class SecretAnswers {

	/** After Spring Security (-100), before the platform's idempotency filter (-90). */
	static final int ORDER = -95;

	static final Pattern PATHS = Pattern.compile("^/api/identity/(activations|applications/[^/]+/codes)/?$");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> secretAnswersFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !PATHS.matcher(request.getRequestURI()).matches();
			}

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				chain.doFilter(new WithoutIdempotencyKey(request), response);
			}
		});
		registration.setOrder(ORDER);
		registration.addUrlPatterns("/api/identity/*");
		return registration;
	}

	private static final class WithoutIdempotencyKey extends HttpServletRequestWrapper {

		private static final String HEADER = "Idempotency-Key";

		WithoutIdempotencyKey(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HEADER.equalsIgnoreCase(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HEADER.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			names.removeIf(HEADER::equalsIgnoreCase);
			return Collections.enumeration(names);
		}
	}
}
