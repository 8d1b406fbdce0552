package org.ejd.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * The error page ({@code /error}) as problem+json instead of Boot's default JSON: what reaches it was refused by a
 * filter or the container with {@code sendError} (a firewall rejection, a status without a body), never by a
 * controller, whose refusals {@link ProblemAdvice} writes. Answers problem+json whatever the request accepts.
 */
@Controller
public class ProblemErrorController implements ErrorController {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ObjectMapper mapper;

	public ProblemErrorController(MessageSource messages, LocaleResolver locales, ObjectMapper mapper) {
		this.messages = messages;
		this.locales = locales;
		this.mapper = mapper;
	}

	@RequestMapping("${server.error.path:${error.path:/error}}")
	public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		if (!status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		// a filter's database call that found no database (the idempotency filter's record while PostgreSQL is down): 503
		// and try again, as ProblemAdvice answers for a controller, never a 500 (found by the fault suite, ADR 0048)
		boolean databaseDown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
				&& ProblemAdvice.connectionLost(failure);
		if (databaseDown) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
		}
		// a 400 that no controller wrote: the firewall's rejection of the address, or the container's
		String key = databaseDown ? "problem.database-unavailable" : status == HttpStatus.BAD_REQUEST
				? "problem.malformed-request" : status.is5xxServerError() ? "problem.internal" : "problem.http." + status.value();
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage(key, null, null, locale);
		if (detail == null) {
			key = "problem.http.400";
			detail = messages.getMessage(key, null, key, locale);
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://ejd.example/problems/" + key.replace('.', '-')));
		problem.setProperty("code", key);
		TraceIds.addTo(problem);
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
		if (databaseDown) {
			response.setHeader("Retry-After", ProblemAdvice.RETRY_AFTER_SECONDS);
		}
		mapper.writeValue(response.getOutputStream(), problem);
	}
}
