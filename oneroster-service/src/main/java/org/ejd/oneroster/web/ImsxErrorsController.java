package org.ejd.oneroster.web;

import java.util.Map;

import org.ejd.oneroster.collections.domain.InvalidQuery;
import org.ejd.platform.refusal.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;

/**
 * Refusals on the OneRoster endpoints as the imsx envelope instead of problem+json: a client of a standard gets the
 * standard's error body (400 invalid_filter_field / invaliddata, 403 forbidden, 404 unknownobject).
 */
// not limited to the service's controllers: a path no handler matches (404) and a media type no handler consumes
// reach the advice without a controller, and the service serves nothing but OneRoster besides its docs
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImsxErrorsController {

	private final MessageSource messages;

	ImsxErrorsController(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidQuery.class)
	ResponseEntity<Map<String, Object>> invalidQuery(InvalidQuery ex) {
		return answer(HttpStatus.BAD_REQUEST, text(ex.messageKey(), ex.arguments()), ex.kind().codeMinor());
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<Map<String, Object>> refusal(Refusal refusal) {
		String description = text(refusal.messageKey(), refusal.arguments());
		return switch (refusal.kind()) {
			case UNKNOWN -> answer(HttpStatus.NOT_FOUND, description, "unknownobject");
			case NOT_ALLOWED -> answer(HttpStatus.FORBIDDEN, description, "forbidden");
			case CONFLICT, STALE -> answer(HttpStatus.CONFLICT, description, "invaliddata");
			case UNAVAILABLE -> answer(HttpStatus.SERVICE_UNAVAILABLE, description, "server_busy");
			case TOO_MANY_ATTEMPTS -> answer(HttpStatus.TOO_MANY_REQUESTS, description, "server_busy");
			default -> answer(HttpStatus.BAD_REQUEST, description, "invaliddata");
		};
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, text("oneroster.forbidden"), "forbidden");
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, JacksonException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		return answer(HttpStatus.BAD_REQUEST, text("oneroster.body.invalid"), "invaliddata");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, ServletRequestBindingException.class })
	ResponseEntity<Map<String, Object>> badParameter(Exception ex) {
		String name = switch (ex) {
			case MethodArgumentTypeMismatchException mismatch -> mismatch.getName();
			case MissingPathVariableException missing -> missing.getVariableName();
			case MissingServletRequestParameterException missing -> missing.getParameterName();
			default -> "?";
		};
		return answer(HttpStatus.BAD_REQUEST, text("oneroster.parameter.invalid", name), "invaliddata");
	}

	/** A parameter beyond its documented limit ({@code @Size}: a sourcedId, filter, sort or fields too long; the read audit's limit or cursor). */
	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<Map<String, Object>> tooLong(HandlerMethodValidationException ex) {
		String name = ex.getParameterValidationResults().stream()
			.map(result -> String.valueOf(result.getMethodParameter().getParameterName()))
			.findFirst()
			.orElse("?");
		return answer(HttpStatus.BAD_REQUEST, text("oneroster.parameter.invalid", name), "invaliddata");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, Object>> noSuchEndpoint(NoResourceFoundException ex) {
		return answer(HttpStatus.NOT_FOUND, text("oneroster.endpoint.unknown"), "unknownobject");
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String description, String codeMinor) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Imsx.failure(description, codeMinor));
	}
}
