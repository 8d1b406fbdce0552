package org.ejd.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.ejd.platform.refusal.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** A service whose database or identity provider is down answers 503 with Retry-After, in Russian first, never 500. */
class DependencyDownProblemTest {

	private final ProblemAdvice advice = new ProblemAdvice(messages());

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void aWriteWhoseTransactionCannotBeginForWantOfAConnectionIs503WithRetryAfterInRussian() {
		LocaleContextHolder.setLocale(WebPlatformAutoConfiguration.RUSSIAN);
		var ex = new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
				new SQLTransientConnectionException("journal - Connection is not available, request timed out after 5000ms"));

		ResponseEntity<ProblemDetail> answer = advice.databaseDown(ex);

		assertUnavailable(answer);
		assertThat(answer.getBody().getDetail()).startsWith("Хранилище данных сервиса временно недоступно");
		assertThat(answer.getBody().getProperties()).containsEntry("code", "problem.database-unavailable");
		assertThat(answer.getBody().getDetail()).doesNotContain("JDBC", "5000");
	}

	@Test
	void aReadThatCannotGetAConnectionIs503InEnglishWhenAsked() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);

		ResponseEntity<ProblemDetail> answer = advice.databaseDown(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

		assertUnavailable(answer);
		assertThat(answer.getBody().getDetail()).startsWith("The service's data store is temporarily unavailable");
	}

	@Test
	void aConnectionCutInsideTheTransactionWhoseRollbackFailsTooIs503NotA500() {
		var ex = new TransactionSystemException("JDBC rollback failed",
				new java.sql.SQLException("An I/O error occurred while sending to the backend.", "08006"));

		assertUnavailable(advice.transactionFailed(ex));
	}

	@Test
	void anyOtherTransactionFailureStaysA500() {
		var ex = new TransactionSystemException("Could not commit", new java.sql.SQLException("serialization failure", "40001"));

		assertThat(advice.transactionFailed(ex).getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

	@Test
	void aRefusalBecauseAnotherServerIsDownCarriesRetryAfter() {
		ResponseEntity<ProblemDetail> answer = advice.refusal(Refusal.unavailable("problem.http.503"));

		assertUnavailable(answer);
	}

	@Test
	void otherRefusalsCarryNoRetryAfter() {
		ResponseEntity<ProblemDetail> answer = advice.refusal(Refusal.conflict("problem.conflict"));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
	}

	private static void assertUnavailable(ResponseEntity<ProblemDetail> answer) {
		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(ProblemAdvice.RETRY_AFTER_SECONDS);
		assertThat(answer.getHeaders().getContentType()).isEqualTo(ProblemMediaType.PROBLEM_JSON);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("ejd-platform-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
