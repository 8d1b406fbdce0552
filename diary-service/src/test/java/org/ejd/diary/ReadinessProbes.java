package org.ejd.diary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpServer;

import org.ejd.testkit.FreePorts;

/**
 * The readiness probes of the services whose events the diary shows (journal, identity, consent), as each answers on
 * its management port: {@code 200 {"status":"UP"}} on loopback. A test stops one to have that service down and
 * starts it again on the same port; the diary's status only ever sees a socket that answers or does not.
 */
final class ReadinessProbes {

	static final String[] SERVICES = { "journal", "identity", "consent" };

	private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();

	private static final Map<String, HttpServer> RUNNING = new ConcurrentHashMap<>();

	private ReadinessProbes() {
	}

	/** The probe URL of the service, its stand-in started on first use. */
	static synchronized String url(String service) {
		if (!PORTS.containsKey(service)) {
			PORTS.put(service, FreePorts.next());
			start(service);
		}
		return "http://127.0.0.1:" + PORTS.get(service) + "/actuator/health/readiness";
	}

	static synchronized void stop(String service) {
		HttpServer server = RUNNING.remove(service);
		if (server != null) {
			server.stop(0);
		}
	}

	static synchronized void start(String service) {
		if (RUNNING.containsKey(service)) {
			return;
		}
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORTS.get(service)), 0);
			server.createContext("/actuator/health/readiness", exchange -> {
				byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, body.length);
				exchange.getResponseBody().write(body);
				exchange.close();
			});
			server.start();
			RUNNING.put(service, server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
