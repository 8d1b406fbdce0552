package org.ejd.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches the requests that came in on the service's management port ({@code management.server.port}, a port of its
 * own that the gateway never routes: Prometheus scrapes it without a token). The two ports are taken once, as each web
 * server starts (the management server's context publishes its event to the service's), instead of two lookups through
 * every property source on every request (issue 13: 1–2 % of a request's CPU in the gateway and the diary).
 */
public final class ManagementPort implements RequestMatcher, ApplicationListener<WebServerInitializedEvent> {

	private static final String MANAGEMENT = "management";

	private volatile int management = -1;

	private volatile int server = -1;

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		String namespace = event.getApplicationContext().getServerNamespace();
		if (MANAGEMENT.equals(namespace)) {
			management = event.getWebServer().getPort();
		}
		else if (namespace == null) {
			server = event.getWebServer().getPort();
		}
	}

	/** True only when the management server runs on a port of its own and the request came in on it. */
	@Override
	public boolean matches(HttpServletRequest request) {
		return isOn(request.getLocalPort());
	}

	boolean isOn(int localPort) {
		int port = management;
		return port > 0 && port == localPort && port != server;
	}
}
