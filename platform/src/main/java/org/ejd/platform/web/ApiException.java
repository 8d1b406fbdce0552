package org.ejd.platform.web;

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

	public ApiException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
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
}
