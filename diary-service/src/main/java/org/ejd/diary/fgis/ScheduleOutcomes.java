package org.ejd.diary.fgis;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ejd.platform.refusal.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;

/** Every error of the Schedule contract as a FHIR OperationOutcome, never problem+json: scoped to {@link ScheduleController}. */
@RestControllerAdvice(assignableTypes = ScheduleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScheduleOutcomes {

	private static final Logger log = LoggerFactory.getLogger(ScheduleOutcomes.class);

	static final MediaType FHIR_JSON = MediaType.parseMediaType(ScheduleController.FHIR_JSON);

	private final MessageSource messages;

	private final LocaleResolver locales;

	ScheduleOutcomes(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@ExceptionHandler(Refusal.class)
	ResponseEntity<Map<String, Object>> refused(Refusal refusal, HttpServletRequest request) {
		String text = messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
				locales.resolveLocale(request));
		return ResponseEntity.status(OperationOutcomes.status(refusal.kind())).contentType(FHIR_JSON)
			.body(OperationOutcomes.of(OperationOutcomes.code(refusal.kind()), text));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> failed(Exception ex, HttpServletRequest request) {
		log.error("Schedule request failed", ex);
		String text = messages.getMessage("diary.fgis.failed", null, "diary.fgis.failed", locales.resolveLocale(request));
		return ResponseEntity.status(jakarta.servlet.http.HttpServletResponse.SC_INTERNAL_SERVER_ERROR).contentType(FHIR_JSON)
			.body(OperationOutcomes.of("exception", text));
	}
}
