package org.ejd.notification;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/** A stand-in for SMS.RU's {@code POST /sms/send} (JSON answer as documented), in the test JVM. */
final class FakeSmsRu {

	private static FakeSmsRu instance;

	private final HttpServer server;

	final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	volatile boolean down;

	private FakeSmsRu(HttpServer server) {
		this.server = server;
	}

	static synchronized FakeSmsRu instance() {
		if (instance == null) {
			try {
				HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
				FakeSmsRu fake = new FakeSmsRu(server);
				server.createContext("/sms/send", exchange -> {
					String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
					Map<String, String> form = new HashMap<>();
					for (String pair : body.split("&")) {
						String[] kv = pair.split("=", 2);
						form.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
					}
					String answer;
					int status = 200;
					if (fake.down) {
						status = 503;
						answer = "unavailable";
					}
					else {
						fake.received.add(form);
						answer = "{\"status\":\"OK\",\"status_code\":100,\"sms\":{\"" + form.get("to")
								+ "\":{\"status\":\"OK\",\"status_code\":100,\"sms_id\":\"" + UUID.randomUUID() + "\"}},\"balance\":100.5}";
					}
					byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
					exchange.getResponseHeaders().add("Content-Type", "application/json");
					exchange.sendResponseHeaders(status, bytes.length);
					try (OutputStream out = exchange.getResponseBody()) {
						out.write(bytes);
					}
				});
				server.start();
				instance = fake;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms/send";
	}

	List<Map<String, String>> to(String number) {
		List<Map<String, String>> found = new ArrayList<>();
		for (Map<String, String> form : received) {
			if (number.equals(form.get("to"))) {
				found.add(form);
			}
		}
		return found;
	}
}
