package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.ejd.platform.web.ProblemMediaType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A service the gateway cannot reach is a 503 problem+json with Retry-After, Russian first (ADR 0038). */
class FallbackTest {

	private final FallbackController fallback = new FallbackController(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void anUnreachableServiceIs503ProblemWithRetryAfterAndARussianDetail() {
		LocaleContextHolder.setLocale(Locale.of("ru"));

		ResponseEntity<ProblemDetail> answer = fallback.unavailable("journal");

		assertThat(answer.getStatusCode().value()).isEqualTo(503);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
		assertThat(answer.getHeaders().getContentType()).isEqualTo(ProblemMediaType.PROBLEM_JSON);
		assertThat(answer.getBody().getDetail()).isEqualTo("Сервис «journal» временно недоступен. Повторите запрос позже.");
		assertThat(answer.getBody().getProperties()).containsEntry("service", "journal").containsEntry("code", "problem.unavailable");
	}

	@Test
	void inEnglishWhenAsked() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		assertThat(fallback.unavailable("identity").getBody().getDetail()).isEqualTo("Service \"identity\" is temporarily unavailable. Try again later.");
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("ejd-platform-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
