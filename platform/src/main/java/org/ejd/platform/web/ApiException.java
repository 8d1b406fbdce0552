package org.ejd.platform.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal a caller can understand: an HTTP status and a message key of the service's
 * {@code <service>-messages} bundle (Russian first, English by {@code Accept-Language: en}).
 * Thrown at the use-case boundary, answered as RFC 9457 problem+json by {@link ProblemAdvice}.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	private final List<FieldError> errors;

	public ApiException(HttpStatus status, String messageKey, Object... arguments) {
		this(status, messageKey, List.of(), arguments);
	}

	private ApiException(HttpStatus status, String messageKey, List<FieldError> errors, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.errors = List.copyOf(errors);
	}

	/** A refusal of a batch: each rejected item with what was wrong with it; nothing of the batch is written. */
	public static ApiException rejectedItems(String messageKey, List<FieldError> errors) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, errors);
	}

	public static ApiException notFound(String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.NOT_FOUND, messageKey, arguments);
	}

	public static ApiException badRequest(String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.BAD_REQUEST, messageKey, arguments);
	}

	public static ApiException conflict(String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.CONFLICT, messageKey, arguments);
	}

	public static ApiException forbidden(String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.FORBIDDEN, messageKey, arguments);
	}

	public static ApiException unprocessable(String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, messageKey, arguments);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * One rejected field or item: where (e.g. {@code marks[3].value}) and a message key with arguments.
	 */
	public record FieldError(String field, String messageKey, Object... arguments) {
	}
}
