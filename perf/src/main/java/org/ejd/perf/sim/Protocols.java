package org.ejd.perf.sim;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** One HTTP set-up for every simulation: loopback, JSON, no warm-up call to the internet, no client-side cache. */
final class Protocols {

	private Protocols() {
	}

	static HttpProtocolBuilder json(Load load) {
		return http.baseUrl(load.baseUrl())
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.disableWarmUp() // Gatling's default warm-up calls gatling.io; the run stays on loopback
			.disableCaching(); // a poller's If-None-Match would turn the figures into 304s; one connection per user
	}
}
