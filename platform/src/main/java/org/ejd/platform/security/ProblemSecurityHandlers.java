package org.ejd.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ejd.platform.web.ProblemMediaType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * 401 and 403 from the security filters, and 400 for an address the firewall rejects ({@code ;}, {@code %25}, an
 * encoded slash or NUL that got past the connector), as problem+json like every other error.
 */
public class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

	private final ObjectMapper mapper;

	private final MessageSource messages;

	private final LocaleResolver locales;

	public ProblemSecurityHandlers(ObjectMapper mapper, MessageSource messages, LocaleResolver locales) {
		this.mapper = mapper;
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException ex) throws IOException {
		write(request, response, HttpStatus.BAD_REQUEST, "problem.malformed-request");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, locale));
		problem.setType(URI.create("https://ejd.example/problems/" + code.replace('.', '-')));
		try {
			problem.setInstance(URI.create(request.getRequestURI()));
		}
		catch (IllegalArgumentException ex) {
			// an address the firewall rejected need not be a URI: the problem goes without its instance
		}
		problem.setProperty("code", code);
		org.ejd.platform.web.TraceIds.addTo(problem);
		response.setStatus(status.value());
		response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
		mapper.writeValue(response.getOutputStream(), problem);
	}
}
