package org.ejd.gateway;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Carries the request's trace to the service (W3C {@code traceparent}, ADR 0035) without an observation of its own
 * around the proxied call (ADR 0072). {@link #capture} runs on the request's thread, where the
 * {@code http.server.requests} observation's span is current, and keeps its propagation headers in a request
 * attribute; the proxied call, on a thread of its own for the time limit, writes them over whatever the caller sent
 * ({@link ServiceRequestHeaders}). The service's span is then a child of the gateway's, in the caller's trace when the
 * caller sent one.
 */
@Component
class TraceToServices {

	private static final String HEADERS = TraceToServices.class.getName() + ".headers";

	private final @Nullable Tracer tracer;

	private final @Nullable Propagator propagator;

	TraceToServices(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
		this.tracer = tracer.getIfAvailable();
		this.propagator = propagator.getIfAvailable();
	}

	/** A route's step before its circuit breaker hands the call to another thread. */
	ServerRequest capture(ServerRequest request) {
		if (tracer == null || propagator == null) {
			return request;
		}
		TraceContext context = tracer.currentTraceContext().context();
		if (context != null) {
			Map<String, String> headers = new LinkedHashMap<>(4);
			propagator.inject(context, headers, (carrier, name, value) -> {
				if (carrier != null) {
					carrier.put(name, value);
				}
			});
			request.attributes().put(HEADERS, headers);
		}
		return request;
	}

	/** The propagation headers {@link #capture} kept for this request; empty when nothing is traced. */
	@SuppressWarnings("unchecked")
	Map<String, String> headers(ServerRequest request) {
		return request.attributes().get(HEADERS) instanceof Map<?, ?> headers ? (Map<String, String>) headers : Map.of();
	}
}
