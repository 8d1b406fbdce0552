package org.ejd.diary.fgis;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ejd.platform.security.ProblemSecurityHandlers;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * The security filters' 401 and 403: a FHIR OperationOutcome on the FGIS contract's {@code /Schedule} paths, problem+json
 * everywhere else (replaces the platform's handlers, which it extends).
 */
@Component
class FgisSecurityHandlers extends ProblemSecurityHandlers {

	private final ObjectMapper mapper;

	private final MessageSource messages;

	private final LocaleResolver locales;

	FgisSecurityHandlers(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
		super(mapper, messages, locales);
		this.mapper = mapper;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex) throws IOException {
		if (!isSchedule(request)) {
			super.commence(request, response, ex);
			return;
		}
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "login", "diary.fgis.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex) throws IOException {
		if (!isSchedule(request)) {
			super.handle(request, response, ex);
			return;
		}
		write(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "diary.fgis.forbidden");
	}

	static boolean isSchedule(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/Schedule") || path.startsWith("/Schedule/");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, int status, String code, String key)
			throws IOException {
		String text = messages.getMessage(key, null, key, locales.resolveLocale(request));
		response.setStatus(status);
		response.setContentType(ScheduleController.FHIR_JSON + ";charset=UTF-8");
		mapper.writeValue(response.getOutputStream(), OperationOutcomes.of(code, text));
	}
}
