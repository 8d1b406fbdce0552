package org.ejd.gateway;

import java.net.URI;
import java.util.Locale;

import org.ejd.platform.web.ProblemAdvice;
import org.ejd.platform.web.ProblemMediaType;
import org.ejd.platform.web.TraceIds;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a caller gets when a service is down, slow or its circuit is open: 503 problem+json with {@code Retry-After}, as
 * the services themselves answer when their own database is down (docs/adr/0038).
 */
@RestController
class FallbackController {

	private final MessageSource messages;

	FallbackController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/fallback/{service}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String service) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				messages.getMessage("problem.unavailable", new Object[] { service }, locale));
		problem.setType(URI.create("https://ejd.example/problems/problem-unavailable"));
		problem.setProperty("code", "problem.unavailable");
		problem.setProperty("service", service);
		TraceIds.addTo(problem);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, ProblemAdvice.RETRY_AFTER_SECONDS)
			.contentType(ProblemMediaType.PROBLEM_JSON)
			.body(problem);
	}
}
