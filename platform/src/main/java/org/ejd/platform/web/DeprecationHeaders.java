package org.ejd.platform.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Writes the headers of {@link ApiDeprecation} on every answer of an operation that carries it, before its body. */
public class DeprecationHeaders implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			ApiDeprecation deprecation = method.getMethodAnnotation(ApiDeprecation.class);
			if (deprecation != null) {
				write(response, deprecation);
			}
		}
		return true;
	}

	/** {@code Deprecation: @<epoch seconds>} (RFC 9745), {@code Sunset: <HTTP-date>} (RFC 8594), the successor's link. */
	static void write(HttpServletResponse response, ApiDeprecation deprecation) {
		long since = LocalDate.parse(deprecation.since()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
		response.setHeader("Deprecation", "@" + since);
		response.setHeader("Sunset",
				DateTimeFormatter.RFC_1123_DATE_TIME.format(LocalDate.parse(deprecation.sunset()).atStartOfDay(ZoneOffset.UTC)));
		if (!deprecation.successor().isEmpty()) {
			response.addHeader(HttpHeaders.LINK, "<" + deprecation.successor() + ">; rel=\"successor-version\"");
		}
	}
}
