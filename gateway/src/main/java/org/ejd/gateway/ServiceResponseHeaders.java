package org.ejd.gateway;

import java.util.ArrayList;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The service's headers the caller receives: all but the hop-by-hop ones, in one copy (ADR 0072; replaces Spring Cloud
 * Gateway's RemoveHopByHopResponseHeadersFilter, switched off in gateway.yml, with the same list).
 */
@Component
class ServiceResponseHeaders implements HttpHeadersFilter.ResponseHttpHeadersFilter, Ordered {

	@Override
	public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
		HttpHeaders headers = new HttpHeaders();
		// forEach, not headerSet(): see ServiceRequestHeaders
		input.forEach((name, values) -> {
			if (!HopByHop.is(name)) {
				headers.put(name, new ArrayList<>(values));
			}
		});
		return headers;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 1;
	}
}
