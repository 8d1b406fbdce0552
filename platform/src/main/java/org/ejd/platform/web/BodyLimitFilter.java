package org.ejd.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * A ceiling on every request body, before anything reads it (the idempotency filter, Jackson): 413
 * problem+json for a declared length over the limit, and the body cut off where an undeclared
 * (chunked) one passes it. Uploads (homework files, imports) have their own, larger ceiling on the
 * paths the service names, and their use cases check their exact limits.
 */
public class BodyLimitFilter extends OncePerRequestFilter {

	private final Limits limits;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ObjectMapper mapper;

	private final AntPathMatcher paths = new AntPathMatcher();

	public BodyLimitFilter(Limits limits, MessageSource messages, LocaleResolver locales, ObjectMapper mapper) {
		this.limits = limits;
		this.messages = messages;
		this.locales = locales;
		this.mapper = mapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request.getRequestURI());
		long declared = request.getContentLengthLong();
		if (declared > limit) {
			tooLarge(request, response, limit);
			return;
		}
		chain.doFilter(declared >= 0 ? request : new Capped(request, limit), response);
	}

	long limitFor(String path) {
		boolean upload = limits.uploadPaths().stream().anyMatch(pattern -> paths.match(pattern, path));
		return (upload ? limits.maxUploadSize() : limits.maxBodySize()).toBytes();
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		String detail = messages.getMessage("problem.body-too-large", new Object[] { limit / 1024 }, "problem.body-too-large",
				locales.resolveLocale(request));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		problem.setType(URI.create("https://ejd.example/problems/problem-body-too-large"));
		problem.setProperty("code", "problem.body-too-large");
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
		response.setHeader("Connection", "close");
		mapper.writeValue(response.getOutputStream(), problem);
	}

	/** A body without a declared length, cut off past the limit (the reader then fails as on a broken body: 400). */
	private static final class Capped extends HttpServletRequestWrapper {

		private final long limit;

		Capped(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0 && ++read > limit) {
						throw new IOException("request body over " + limit + " bytes");
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0 && (read += n) > limit) {
						throw new IOException("request body over " + limit + " bytes");
					}
					return n;
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}
			};
		}
	}

	/**
	 * Body ceilings ({@code ejd.web.*}).
	 *
	 * @param maxBodySize the largest body of an ordinary request (JSON)
	 * @param maxUploadSize the largest body on an upload path
	 * @param uploadPaths Ant patterns of the paths that take uploads, e.g. {@code /api/journal/lessons/*}{@code /attachments}
	 */
	@ConfigurationProperties("ejd.web")
	public record Limits(@DefaultValue("1MB") DataSize maxBodySize, @DefaultValue("16MB") DataSize maxUploadSize,
			@DefaultValue List<String> uploadPaths) {
	}
}
