package org.ejd.platform.web;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.ProblemDetail;

/**
 * The trace id of the request being answered, as Micrometer Tracing puts it into the logging context: a problem+json
 * carries it as {@code traceId} so that whoever reports an error hands operations the key to the request's log lines
 * and spans (docs/operations.md).
 */
public final class TraceIds {

	/** The MDC key Micrometer Tracing writes (Boot's log correlation reads the same). */
	public static final String MDC_KEY = "traceId";

	private TraceIds() {
	}

	public static @Nullable String current() {
		String id = MDC.get(MDC_KEY);
		return id == null || id.isBlank() ? null : id;
	}

	/** Adds {@code traceId} to the problem when the request is traced. */
	public static ProblemDetail addTo(ProblemDetail problem) {
		String id = current();
		if (id != null) {
			problem.setProperty(MDC_KEY, id);
		}
		return problem;
	}
}
