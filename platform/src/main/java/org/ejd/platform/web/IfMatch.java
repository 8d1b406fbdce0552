package org.ejd.platform.web;

import org.jspecify.annotations.Nullable;
import org.ejd.platform.refusal.Refusal;
import org.springframework.http.HttpStatus;

/**
 * Optimistic locking over HTTP: a resource's {@code ETag} is its version in quotes, and a change
 * must send back in {@code If-Match} the version its author saw (428 without, 412 when stale).
 */
public final class IfMatch {

	private IfMatch() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** The version an {@code If-Match} header names. */
	public static long version(@Nullable String header) {
		if (header == null || header.isBlank()) {
			throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "problem.if-match-required");
		}
		try {
			return Long.parseLong(header.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException ex) {
			throw Refusal.stale();
		}
	}
}
