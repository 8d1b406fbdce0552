package org.ejd.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.ejd.platform.web.ProblemMediaType;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import tools.jackson.databind.ObjectMapper;

/**
 * Makes writes safe to retry: a write sent again with the same {@code Idempotency-Key} header by
 * the same caller gets the first answer again (with {@code Idempotent-Replayed: true}) and
 * changes nothing; the same key with a different request is refused (422), and a key whose first
 * request is still running answers 409. Keys live for {@code ejd.idempotency.ttl}. An answer marked
 * {@code Cache-Control: no-store} (it carries a secret) is never stored: a retry with its key gets 409.
 * <p>
 * The work's own transaction marks the key's record done ({@link WorkCommitted}, ADR 0075): a request whose work was
 * committed but whose answer was never stored (the database died between the two) is never made again; its retry is
 * told that it was made and its answer lost (409 {@code problem.idempotency.answer-lost}), not given a second mark.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

	public static final String HEADER = "Idempotency-Key";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final JdbcClient jdbc;

	private final ObjectMapper mapper;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final Duration ttl;

	public IdempotencyFilter(JdbcClient jdbc, ObjectMapper mapper, MessageSource messages, LocaleResolver locales, Duration ttl) {
		this.jdbc = jdbc;
		this.mapper = mapper;
		this.messages = messages;
		this.locales = locales;
		this.ttl = ttl;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT)) || request.getHeader(HEADER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER).strip();
		if (key.isEmpty() || key.length() > 200) {
			problem(request, response, HttpStatus.BAD_REQUEST, "problem.idempotency.bad-key");
			return;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String caller = authentication == null ? "anonymous" : authentication.getName();
		byte[] body = request.getInputStream().readAllBytes();
		String fingerprint = sha256(request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString() + "\n"
				+ new String(body, StandardCharsets.UTF_8));

		jdbc.sql("delete from idempotency_record where created_at < now() - make_interval(secs => ?)")
			.param(ttl.toSeconds()).update();
		try {
			jdbc.sql("insert into idempotency_record (caller, idempotency_key, fingerprint) values (?, ?, ?)")
				.params(caller, key, fingerprint).update();
		}
		catch (DuplicateKeyException seen) {
			if (!takenOver(caller, key, fingerprint)) {
				replay(request, response, caller, key, fingerprint);
				return;
			}
		}

		ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
		boolean stored = false;
		WorkCommitted.Claim claim = WorkCommitted.claim(caller, key);
		try {
			chain.doFilter(new CachedBodyRequest(request, body), recorded);
			String cacheControl = recorded.getHeader("Cache-Control");
			boolean secret = cacheControl != null && cacheControl.contains("no-store");
			if (secret) { // an answer carrying a secret (a code, a password) is never kept: a retry is refused as in progress
				jdbc.sql("update idempotency_record set status = 409, content_type = null, body = null where caller = ? and idempotency_key = ?")
					.params(caller, key).update();
				stored = true;
			}
			else if (recorded.getStatus() < 500) {
				jdbc.sql("""
						update idempotency_record set status = ?, content_type = ?, location = ?, body = ?
						where caller = ? and idempotency_key = ?""")
					.params(recorded.getStatus(), recorded.getContentType(), recorded.getHeader("Location"),
							recorded.getContentAsByteArray(), caller, key)
					.update();
				stored = true;
			}
		}
		finally {
			claim.close();
			if (!stored) { // a fault of ours: the client may try again with the same key, unless its work was committed
				jdbc.sql("delete from idempotency_record where caller = ? and idempotency_key = ? and not work_committed")
					.params(caller, key).update();
			}
			recorded.copyBodyToResponse();
		}
	}

	/**
	 * A request that died with its database (PostgreSQL killed while it ran: the record was committed, the work was not,
	 * and the clean-up below could not reach the database either) left its record without an answer; it would answer
	 * "in progress" to every retry until the records expire. Once it is older than any request can run, the same request
	 * with the same key takes it over and is made now (found by the fault suite, ADR 0048).
	 */
	private boolean takenOver(String caller, String key, String fingerprint) {
		return jdbc.sql("""
				update idempotency_record set created_at = now()
				where caller = ? and idempotency_key = ? and fingerprint = ? and status is null and not work_committed
				and created_at < now() - make_interval(secs => ?)""")
			.params(caller, key, fingerprint, ABANDONED_AFTER.toSeconds()).update() == 1;
	}

	/** Longer than any request runs (the gateway gives up after 10 s, Hikari after 5 s): a record without an answer this old was abandoned. */
	static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

	private void replay(HttpServletRequest request, HttpServletResponse response, String caller, String key,
			String fingerprint) throws IOException {
		Optional<Record> first = jdbc.sql("""
				select fingerprint, status, content_type, location, body,
				work_committed and created_at < now() - make_interval(secs => ?) as answer_lost from idempotency_record
				where caller = ? and idempotency_key = ?""").params(ABANDONED_AFTER.toSeconds(), caller, key)
			.query(Record.class).optional();
		if (first.isEmpty()) {
			problem(request, response, HttpStatus.CONFLICT, "problem.idempotency.in-progress");
		}
		else if (!first.get().fingerprint().equals(fingerprint)) {
			problem(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotency.key-reused");
		}
		else if (first.get().status() == null && first.get().answerLost()) {
			problem(request, response, HttpStatus.CONFLICT, "problem.idempotency.answer-lost");
		}
		else if (first.get().status() == null) {
			problem(request, response, HttpStatus.CONFLICT, "problem.idempotency.in-progress");
		}
		else {
			Record r = first.get();
			response.setStatus(r.status());
			if (r.contentType() != null) {
				response.setContentType(r.contentType());
			}
			if (r.location() != null) {
				response.setHeader("Location", r.location());
			}
			response.setHeader("Idempotent-Replayed", "true");
			if (r.body() != null) {
				response.getOutputStream().write(r.body());
			}
		}
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				messages.getMessage(code, null, code, locales.resolveLocale(request)));
		problem.setType(URI.create("https://ejd.example/problems/" + code.replace('.', '-')));
		problem.setProperty("code", code);
		response.setStatus(status.value());
		response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
		mapper.writeValue(response.getOutputStream(), problem);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Record(String fingerprint, Integer status, String contentType, String location, byte[] body, boolean answerLost) {
	}

	/** The request with its body read once for the fingerprint and served again to the controller. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}
	}
}
