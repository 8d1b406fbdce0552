package org.ejd.platform.web;


import org.springframework.http.HttpStatus;

/**
 * A refusal of the web layer itself, where HTTP is the subject (content negotiation, a missing
 * {@code If-Match}): only controllers and this package throw it. Use cases throw
 * {@link org.ejd.platform.refusal.Refusal}, which knows nothing of HTTP.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] arguments;

	public ApiException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey, null, false, false);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
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
