package org.ejd.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * Reads what {@link ReadyReport} printed, line by line, for FirstMarkSliceIT: the labelled addresses, the services'
 * table, the metric names the dashboard and the alerts use; and an OTLP receiver the stack's services export to.
 */
final class ReadyReportCheck {

	/** {@code Label:   value} lines of the report's head. */
	private static final Pattern LABELLED = Pattern.compile("^([A-Z][A-Za-z ()]+):\\s+(.+)$");

	/** A row of the services' table. */
	private static final Pattern SERVICE = Pattern.compile(
			"^  (\\S+)\\s+(\\d+)\\s+(.+?)\\s+health (\\S+)\\s+metrics (\\S+)\\s+traces (.+)$");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private ReadyReportCheck() {
	}

	record Row(String name, int port, String memory, String health, String metrics, String traces) {
	}

	static Map<String, String> labelled(String report) {
		Map<String, String> lines = new LinkedHashMap<>();
		report.lines().map(LABELLED::matcher).filter(Matcher::matches).forEach(m -> lines.putIfAbsent(m.group(1), m.group(2)));
		return lines;
	}

	static List<Row> services(String report) {
		List<Row> rows = new ArrayList<>();
		report.lines().map(SERVICE::matcher).filter(Matcher::matches).forEach(m -> rows.add(new Row(m.group(1),
				Integer.parseInt(m.group(2)), m.group(3).trim(), m.group(4), m.group(5), m.group(6).trim())));
		return rows;
	}

	/** The first word of a printed value: the address, without what the line adds in parentheses. */
	static String address(String value) {
		return value.split("\\s+")[0];
	}

	/** A "user / secret" pair on a line: the secret. */
	static String secretAfter(String value, String user) {
		Matcher m = Pattern.compile(Pattern.quote(user) + " / (\\S+?)[)\\s]").matcher(value + " ");
		assertThat(m.find()).as(user + " in: " + value).isTrue();
		return m.group(1);
	}

	static HttpResponse<String> get(String url) {
		try {
			return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(url, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static boolean connects(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** An OTLP/HTTP collector's traces endpoint on a free loopback port: keeps each export's body. */
	static final class TraceReceiver {

		final List<byte[]> exports = new CopyOnWriteArrayList<>();

		private final HttpServer server;

		TraceReceiver() throws IOException {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/v1/traces", exchange -> {
				exports.add(exchange.getRequestBody().readAllBytes());
				exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
				exchange.sendResponseHeaders(200, -1);
				exchange.close();
			});
			server.start();
		}

		String endpoint() {
			return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
		}

		/**
		 * Whether an export carried spans of this service: its resource's attribute service.name, as protobuf writes it
		 * (KeyValue: key "service.name", value AnyValue with the name as string_value).
		 */
		boolean received(String service) {
			byte[] key = "service.name".getBytes(StandardCharsets.UTF_8);
			byte[] name = service.getBytes(StandardCharsets.UTF_8);
			java.io.ByteArrayOutputStream attribute = new java.io.ByteArrayOutputStream();
			attribute.write(0x0a);
			attribute.write(key.length);
			attribute.writeBytes(key);
			attribute.write(0x12);
			attribute.write(name.length + 2);
			attribute.write(0x0a);
			attribute.write(name.length);
			attribute.writeBytes(name);
			byte[] wanted = attribute.toByteArray();
			return exports.stream().anyMatch(body -> contains(body, wanted));
		}

		private static boolean contains(byte[] body, byte[] part) {
			outer: for (int i = 0; i + part.length <= body.length; i++) {
				for (int j = 0; j < part.length; j++) {
					if (body[i + j] != part[j]) {
						continue outer;
					}
				}
				return true;
			}
			return false;
		}

		void stop() {
			server.stop(0);
		}
	}
}
