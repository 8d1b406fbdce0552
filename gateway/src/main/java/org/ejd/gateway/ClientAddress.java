package org.ejd.gateway;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The caller's address as the services see it: the gateway's own view of the connection, never
 * what the caller wrote. A client's own {@code X-Forwarded-For}, {@code X-Real-IP} or
 * {@code Forwarded} is dropped (rotating it would otherwise dodge the activation limit); only
 * when the connection comes from a configured trusted proxy (a load balancer in front of the
 * gateway) is the right-most address that proxy appended taken instead. {@link ServiceRequestHeaders} writes it.
 */
@Component
class ClientAddress {

	static final String X_FORWARDED_FOR = "X-Forwarded-For";

	private final List<IpAddressMatcher> trustedProxies;

	ClientAddress(GatewayProperties properties) {
		this.trustedProxies = properties.trustedProxies().stream().map(IpAddressMatcher::new).toList();
	}

	/** The client's address: the connection's, or the one a trusted proxy appended (the key of per-address rate limits). */
	String of(HttpServletRequest request) {
		String remote = request.getRemoteAddr();
		return trustedProxies.stream().anyMatch(proxy -> proxy.matches(remote)) ? lastHop(request.getHeader(X_FORWARDED_FOR), remote) : remote;
	}

	/** The right-most hop the trusted proxy appended: hops further left were written by the client. */
	private String lastHop(String forwardedFor, String remote) {
		if (forwardedFor == null || forwardedFor.isBlank()) {
			return remote;
		}
		List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty()).toList();
		return hops.isEmpty() ? remote : hops.getLast();
	}
}
