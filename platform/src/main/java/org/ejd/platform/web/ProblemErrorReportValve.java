package org.ejd.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's own error answers as problem+json: what the connector refuses before any servlet runs (an encoded slash, a
 * NUL byte, a request line over the header limit, a broken header) and any error status nothing else wrote a body for.
 * Replaces Tomcat's {@link ErrorReportValve} (an HTML page) on the host; the detail is Russian unless the request asks
 * for English ({@code Accept-Language: en}).
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final String BUNDLE = "ejd-platform-messages";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		String code = status == 400 ? "problem.malformed-request" : "problem.http." + status;
		Locale locale = english(request) ? Locale.ENGLISH : WebPlatformAutoConfiguration.RUSSIAN;
		String detail = message(code, locale);
		if (detail == null) {
			code = status >= 500 ? "problem.internal" : "problem.http.400";
			detail = message(code, locale);
		}
		String body = "{\"type\":\"https://ejd.example/problems/" + code.replace('.', '-') + "\",\"title\":\"" + title(status)
				+ "\",\"status\":" + status + ",\"detail\":\"" + escape(detail == null ? code : detail) + "\",\"code\":\"" + code
				+ "\"}";
		try {
			response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(body);
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response was committed meanwhile: nothing more to say
		}
	}

	private static boolean english(Request request) {
		try {
			String language = request.getHeader("Accept-Language");
			return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("en");
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	static @Nullable String message(String code, Locale locale) {
		try {
			return ResourceBundle
				.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(code);
		}
		catch (MissingResourceException ex) {
			return null;
		}
	}

	private static String title(int status) {
		org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status);
		return known == null ? "Error" : known.getReasonPhrase();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
