package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import com.sun.net.httpserver.HttpServer;

import org.ejd.testkit.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What a service receives from the gateway and what the caller gets back, whatever the proxy does inside (ADR 0072):
 * the caller's trace continued ({@code traceparent} with the caller's trace id, ADR 0035), the client's address as the
 * gateway saw it (a caller's own {@code X-Forwarded-For}, {@code X-Real-IP}, {@code Forwarded} dropped), hop-by-hop
 * headers not relayed, the body and the service's headers relayed back, and {@code http.server.requests} with its SLO
 * buckets and the route's circuit breaker in the gateway's metrics. A real HTTP peer stands in for diary-service.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.security.issuer-uri=http://localhost:1/realms/ejd", "management.server.port=0" })
class ProxiedRequestIT {

	private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();

	private static final List<String> BODIES = new CopyOnWriteArrayList<>();

	/** Callers held by the service until this many are in it at once. */
	private static final int AT_ONCE = 12;

	private static final CountDownLatch ALL_IN = new CountDownLatch(AT_ONCE);

	private static final HttpServer DIARY = diary();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("ejd.gateway.services.diary", () -> "http://localhost:" + DIARY.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@BeforeEach
	void nothingReceivedYet() {
		RECEIVED.clear();
		BODIES.clear();
	}

	@AfterAll
	static void stop() {
		DIARY.stop(0);
	}

	@Test
	void theCallersTraceIsContinuedAndTheServiceSeesTheGatewaysViewOfTheClient() {
		ApiClient.Response answer = ApiClient.local(port).send("GET", "/api/status?school=1&x=%D0%B0", null, null,
				Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01", "X-Forwarded-For", "203.0.113.9",
						"X-Real-IP", "203.0.113.9", "Forwarded", "for=203.0.113.9", "Accept-Language", "en", "Keep-Alive", "timeout=5", "TE", "trailers",
						"Proxy-Authorization", "Basic c2VjcmV0"));

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(answer.body()).isEqualTo("{\"status\":\"ok\"}");
		assertThat(answer.headers()).containsEntry("x-service", "diary").containsEntry("etag", "\"7\"");
		assertThat(answer.contentType()).startsWith("application/json");
		assertThat(RECEIVED).hasSize(1);
		Map<String, String> received = RECEIVED.getFirst();
		assertThat(received.get(":path")).isEqualTo("/api/status?school=1&x=%D0%B0");
		assertThat(received.get("traceparent")).as("the caller's trace continued").matches("00-" + TRACE_ID + "-[0-9a-f]{16}-0[01]");
		assertThat(received.get("x-forwarded-for")).isEqualTo("127.0.0.1");
		assertThat(received).doesNotContainKeys("x-real-ip", "forwarded", "keep-alive", "te", "proxy-authorization");
		assertThat(received.get("accept-language")).isEqualTo("en");
	}

	@Test
	void aRequestWithoutATraceGetsOneStartedByTheGateway() {
		ApiClient.Response answer = ApiClient.local(port).get("/api/status", null);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(RECEIVED).hasSize(1);
		assertThat(RECEIVED.getFirst().get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]")
			.doesNotContain("00000000000000000000000000000000");
	}

	@Test
	void aBodyIsRelayedAsSentAndTheServicesStatusComesBack() {
		ApiClient.Response answer = ApiClient.local(port).send("PUT", "/api/status", null, "{\"notice\":\"Профилактика\"}",
				Map.of());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(BODIES).containsExactly("{\"notice\":\"Профилактика\"}");
		assertThat(RECEIVED.getFirst().get("content-type")).startsWith("application/json");
	}

	@Test
	void theServerRequestsMetricWithItsSloBucketsAndTheCircuitBreakerAreMeasured() {
		assertThat(ApiClient.local(port).get("/api/status", null).status()).isEqualTo(200);

		String metrics = ApiClient.local(managementPort).get("/actuator/prometheus", null).body();
		assertThat(metrics).contains("http_server_requests_seconds_bucket{")
			.contains("le=\"0.025\"")
			.contains("resilience4j_circuitbreaker_calls_seconds_count{")
			.contains("name=\"diary\"");
	}

	/**
	 * More callers at once on one service than the HTTP client's default pool of 5 connections per service are all
	 * relayed at once: the service holds each request until all of them are in, and then answers them all.
	 */
	@Test
	void moreCallersAtOnceThanTheClientsDefaultPoolAreAllRelayedAtOnce() throws Exception {
		try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<ApiClient.Response>> answers = IntStream.range(0, AT_ONCE)
				.mapToObj(i -> callers.submit(() -> ApiClient.local(port).get("/Schedule/held", null)))
				.toList();
			for (Future<ApiClient.Response> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
			}
		}
		assertThat(ALL_IN.getCount()).as("callers the service never had at once").isZero();
	}

	/** Answers 200 with a small JSON and headers of its own; notes the request line, headers and body it got. */
	private static HttpServer diary() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
			server.createContext("/", exchange -> {
				Map<String, String> headers = new LinkedHashMap<>();
				exchange.getRequestHeaders()
					.forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
				headers.put(":path", exchange.getRequestURI().getRawPath()
						+ (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
				try (InputStream in = exchange.getRequestBody()) {
					byte[] body = in.readAllBytes();
					if (body.length > 0) {
						BODIES.add(new String(body, StandardCharsets.UTF_8));
					}
				}
				RECEIVED.add(headers);
				if (exchange.getRequestURI().getPath().endsWith("/held")) {
					ALL_IN.countDown();
					try {
						// not all in within the gateway's time limit: the gateway answers 503 and the test fails
						ALL_IN.await(15, TimeUnit.SECONDS);
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
					}
				}
				byte[] body = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/json");
				exchange.getResponseHeaders().add("X-Service", "diary");
				exchange.getResponseHeaders().add("ETag", "\"7\"");
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
