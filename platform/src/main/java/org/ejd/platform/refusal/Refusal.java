package org.ejd.platform.refusal;

import java.util.List;

/**
 * A refusal a caller can understand: its {@link Kind} and a message key of the service's
 * {@code <service>-messages} bundle (Russian first, English by {@code Accept-Language: en}).
 * Thrown by use cases; the web layer answers it as RFC 9457 problem+json.
 */
public final class Refusal extends RuntimeException {

	/** Why a request is refused, in the domain's words; the web layer picks the status. */
	public enum Kind {
		/** the thing does not exist, or the caller may not know that it does */
		UNKNOWN,
		/** the caller's role or relation never allows this */
		NOT_ALLOWED,
		/** the request itself is malformed: a date, a span, a value out of its form */
		INVALID,
		/** well-formed, but a rule of the school or the law refuses it */
		AGAINST_RULE,
		/** the state of things refuses it: it exists already, it is locked, it has ended */
		CONFLICT,
		/** the caller changed an older version than the current one */
		STALE,
		/** too large to take */
		TOO_LARGE,
		/** a kind of content that is not taken */
		UNSUPPORTED_CONTENT,
		/** it was valid once: expired, used, replaced */
		NO_LONGER_VALID,
		/** locked after too many wrong tries */
		LOCKED,
		/** too many tries in a short time; try later */
		TOO_MANY_ATTEMPTS,
		/** a server it needs is down for now; try later */
		UNAVAILABLE
	}

	private final Kind kind;

	private final String messageKey;

	private final Object[] arguments;

	private final List<FieldError> errors;

	private Refusal(Kind kind, String messageKey, List<FieldError> errors, Object... arguments) {
		super(messageKey, null, false, false);
		this.kind = kind;
		this.messageKey = messageKey;
		this.arguments = arguments;
		this.errors = List.copyOf(errors);
	}

	public static Refusal of(Kind kind, String messageKey, Object... arguments) {
		return new Refusal(kind, messageKey, List.of(), arguments);
	}

	public static Refusal unknown(String messageKey, Object... arguments) {
		return of(Kind.UNKNOWN, messageKey, arguments);
	}

	public static Refusal notAllowed(String messageKey, Object... arguments) {
		return of(Kind.NOT_ALLOWED, messageKey, arguments);
	}

	public static Refusal invalid(String messageKey, Object... arguments) {
		return of(Kind.INVALID, messageKey, arguments);
	}

	public static Refusal againstRule(String messageKey, Object... arguments) {
		return of(Kind.AGAINST_RULE, messageKey, arguments);
	}

	public static Refusal conflict(String messageKey, Object... arguments) {
		return of(Kind.CONFLICT, messageKey, arguments);
	}

	/** Someone else changed it first ({@code If-Match} with an older version). */
	public static Refusal stale() {
		return of(Kind.STALE, "problem.concurrent-edit");
	}

	public static Refusal tooLarge(String messageKey, Object... arguments) {
		return of(Kind.TOO_LARGE, messageKey, arguments);
	}

	public static Refusal unsupportedContent(String messageKey, Object... arguments) {
		return of(Kind.UNSUPPORTED_CONTENT, messageKey, arguments);
	}

	public static Refusal noLongerValid(String messageKey, Object... arguments) {
		return of(Kind.NO_LONGER_VALID, messageKey, arguments);
	}

	public static Refusal locked(String messageKey, Object... arguments) {
		return of(Kind.LOCKED, messageKey, arguments);
	}

	public static Refusal tooManyAttempts(String messageKey, Object... arguments) {
		return of(Kind.TOO_MANY_ATTEMPTS, messageKey, arguments);
	}

	public static Refusal unavailable(String messageKey, Object... arguments) {
		return of(Kind.UNAVAILABLE, messageKey, arguments);
	}

	/** A refusal of a batch: each rejected item with what was wrong with it; nothing of the batch is written. */
	public static Refusal rejectedItems(String messageKey, List<FieldError> errors) {
		return rejectedItems(Kind.AGAINST_RULE, messageKey, errors);
	}

	public static Refusal rejectedItems(Kind kind, String messageKey, List<FieldError> errors) {
		return new Refusal(kind, messageKey, errors);
	}

	public Kind kind() {
		return kind;
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

	/** One rejected field or item: where (e.g. {@code marks[3].value}) and a message key with arguments. */
	public record FieldError(String field, String messageKey, Object... arguments) {
	}
}
