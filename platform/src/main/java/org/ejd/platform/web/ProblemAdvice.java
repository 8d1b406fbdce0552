package org.ejd.platform.web;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;

import org.ejd.platform.refusal.Refusal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of every service as RFC 9457 {@code application/problem+json}, with a
 * {@code detail} a person can read (Russian by default, English on {@code Accept-Language: en}).
 * Bad input is a 4xx with what was wrong; only a fault of ours is a 500, and it never leaks internals. Every problem
 * carries the request's {@code traceId} ({@link TraceIds}). A service that cannot take a request now (its database or
 * another server it needs is down) answers 503 with {@code Retry-After}: the caller may try again, nothing was written
 * (docs/adr/0038).
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

	/** Seconds a caller should wait before trying a 503 again (the gateway's fallback says the same). */
	public static final String RETRY_AFTER_SECONDS = "10";

	private final MessageSource messages;

	public ProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<ProblemDetail> refusal(Refusal ex) {
		List<Map<String, String>> errors = ex.errors().isEmpty() ? null : ex.errors().stream()
			.map(e -> Map.of("field", e.field(), "message", text(e.messageKey(), e.arguments())))
			.toList();
		return problem(statusOf(ex.kind()), text(ex.messageKey(), ex.arguments()), ex.messageKey(), errors);
	}

	/** The one place where a use case's refusal becomes an HTTP status. */
	static HttpStatus statusOf(Refusal.Kind kind) {
		return switch (kind) {
			case UNKNOWN -> HttpStatus.NOT_FOUND;
			case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
			case INVALID -> HttpStatus.BAD_REQUEST;
			case AGAINST_RULE -> HttpStatus.UNPROCESSABLE_CONTENT;
			case CONFLICT -> HttpStatus.CONFLICT;
			case STALE -> HttpStatus.PRECONDITION_FAILED;
			case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
			case UNSUPPORTED_CONTENT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
			case NO_LONGER_VALID -> HttpStatus.GONE;
			case LOCKED -> HttpStatus.LOCKED;
			case TOO_MANY_ATTEMPTS -> HttpStatus.TOO_MANY_REQUESTS;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
		};
	}

	/** Refusals of the web layer itself (content negotiation, preconditions). */
	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> api(ApiException ex) {
		return problem(ex.status(), text(ex.messageKey(), ex.arguments()), ex.messageKey(), null);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraint(ConstraintViolationException ex) {
		List<Map<String, String>> errors = ex.getConstraintViolations().stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "message", v.getMessage()))
			.toList();
		return problem(HttpStatus.BAD_REQUEST, text("problem.validation"), "problem.validation", errors);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, text("problem.parameter", ex.getName()), "problem.parameter", null);
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> concurrentEdit(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, text("problem.concurrent-edit"), "problem.concurrent-edit", null);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		log.info("Refused a write that breaks a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, text("problem.conflict"), "problem.conflict", null);
	}

	/**
	 * A refusal the database raised: a trigger guarding a rule beside its rows ({@code RAISE EXCEPTION '<message key>'
	 * USING ERRCODE = 'EJ409'}) is a 409 with that key's text, like a use case's {@link Refusal#conflict}; any other
	 * failure of the database is ours.
	 */
	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> database(DataAccessException ex) {
		return databaseRefusal(ex).map(this::refusal).orElseGet(() -> unexpected(ex));
	}

	/** SQLSTATE of a rule the database refuses (a user-defined class, "EJ"). */
	public static final String DATABASE_REFUSAL = "EJ409";

	static Optional<Refusal> databaseRefusal(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && DATABASE_REFUSAL.equals(sql.getSQLState())) {
				return Optional.of(Refusal.conflict(messageKey(String.valueOf(sql.getMessage())).orElse("problem.conflict")));
			}
		}
		return Optional.empty();
	}

	/**
	 * PgJDBC's message is "ERROR: &lt;key&gt;" (the severity in the server's language), then the context; a batch's is
	 * "Batch entry 0 &lt;statement&gt; was aborted: ERROR: &lt;key&gt; …". The key is the first word after a colon that
	 * reads like one (lower case, dotted).
	 */
	static Optional<String> messageKey(String message) {
		for (int colon = message.indexOf(": "); colon >= 0; colon = message.indexOf(": ", colon + 2)) {
			int start = colon + 2;
			int end = start;
			while (end < message.length() && isKeyCharacter(message.charAt(end))) {
				end++;
			}
			String key = message.substring(start, end);
			boolean wordEnds = end == message.length() || Character.isWhitespace(message.charAt(end));
			if (wordEnds && key.indexOf('.') > 0 && !key.endsWith(".")) {
				return Optional.of(key);
			}
		}
		return Optional.empty();
	}

	private static boolean isKeyCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
	}

	/**
	 * The database cannot be reached (no connection within Hikari's short {@code connection-timeout}, the transaction
	 * could not begin, the connection broke): nothing was written, so 503 and try again, never a 500.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
			CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseDown(Exception ex) {
		log.warn("Database unreachable, answered 503: {}", ex.toString());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, text("problem.database-unavailable"), "problem.database-unavailable", null);
	}

	/**
	 * The connection broke inside the transaction (the database went away between two statements): the rollback fails
	 * too, but the server has dropped the transaction with its connection, so nothing was written: 503 as above. Any
	 * other transaction failure stays a fault of ours.
	 */
	@ExceptionHandler(TransactionSystemException.class)
	ResponseEntity<ProblemDetail> transactionFailed(TransactionSystemException ex) {
		Throwable application = ex.getApplicationException();
		return connectionLost(ex) || (application != null && connectionLost(application)) ? databaseDown(ex) : unexpected(ex);
	}

	/** Whether the failure is the database being unreachable (SQLState class 08: connection exception). */
	static boolean connectionLost(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
					|| t instanceof java.sql.SQLRecoverableException) {
				return true;
			}
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, text("problem.forbidden"), "problem.forbidden", null);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, text("problem.unauthorized"), "problem.unauthorized", null);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("problem.internal"), "problem.internal", null);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
			.map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList();
		return cast(problem(HttpStatus.BAD_REQUEST, text("problem.validation"), "problem.validation", errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream()
				.map(e -> Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
						"message", messages.getMessage(e, LocaleContextHolder.getLocale()))))
			.toList();
		return cast(problem(HttpStatus.BAD_REQUEST, text("problem.validation"), "problem.validation", errors));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// the framework's own problems (unreadable body, wrong method, 404...): localized detail, problem+json
		if (body instanceof ProblemDetail detail) {
			// 406 and 415: the framework's detail lists the types in English ("Acceptable representations: ...",
			// "Content-Type '...' is not supported"), issues 12 and 16
			if (detail.getDetail() == null || statusCode.value() == HttpStatus.NOT_ACCEPTABLE.value()
					|| statusCode.value() == HttpStatus.UNSUPPORTED_MEDIA_TYPE.value()) {
				detail.setDetail(text("problem.http." + statusCode.value()));
			}
			TraceIds.addTo(detail);
		}
		return ResponseEntity.status(statusCode).headers(headers).contentType(ProblemMediaType.PROBLEM_JSON).body(body);
	}

	private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String detail, String code,
			@Nullable List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://ejd.example/problems/" + code.replace('.', '-')));
		problem.setProperty("code", code);
		if (errors != null) {
			problem.setProperty("errors", errors);
		}
		TraceIds.addTo(problem);
		var response = ResponseEntity.status(status).contentType(ProblemMediaType.PROBLEM_JSON);
		if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		}
		return response.body(problem);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> cast(ResponseEntity<ProblemDetail> entity) {
		return (ResponseEntity) entity;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
