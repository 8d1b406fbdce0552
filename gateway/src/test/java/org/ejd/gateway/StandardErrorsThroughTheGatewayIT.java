package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import org.ejd.testkit.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A FGIS client with a missing or bad token gets the FHIR OperationOutcome of the service behind {@code /Schedule}, not
 * the gateway's problem: on its public paths the gateway relays the token for that service to judge. A real HTTP peer
 * stands in for diary-service and answers as it does (FgisScheduleIT proves the diary's own answer); on an
 * {@code /api} path the gateway still refuses the bad token itself, and answers CORS preflights itself.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.security.issuer-uri=http://localhost:1/realms/ejd", "management.server.port=0" })
class StandardErrorsThroughTheGatewayIT {

	private static final String OUTCOME = """
			{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"login","diagnostics":"Нужен действующий токен"}]}""";

	private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();

	private static final HttpServer DIARY = diary();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("ejd.gateway.services.diary", () -> "http://localhost:" + DIARY.getAddress().getPort());
	}

	@LocalServerPort
	int port;

	@BeforeEach
	void nothingReceivedYet() {
		RECEIVED.clear();
	}

	@AfterAll
	static void stop() {
		DIARY.stop(0);
	}

	@Test
	void aBadOrMissingTokenOnScheduleReachesTheDiaryAndItsOperationOutcomeComesBack() {
		ApiClient.Response bad = ApiClient.local(port).get("/Schedule/1234567890?start=2026-12-07&end=2026-12-13", "not-a-token");
		assertThat(bad.status()).as(bad.body()).isEqualTo(401);
		assertThat(bad.contentType()).startsWith("application/fhir+json");
		assertThat(bad.json().get("resourceType").asString()).isEqualTo("OperationOutcome");
		assertThat(RECEIVED).containsExactly("/Schedule/1234567890 Bearer not-a-token");

		ApiClient.Response missing = ApiClient.local(port).get("/Schedule/1234567890", null);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().at("/issue/0/code").asString()).isEqualTo("login");
	}

	@Test
	void aBadTokenOnAnApiPathIsStillRefusedByTheGatewayItself() {
		ApiClient.Response bad = ApiClient.local(port).get("/api/diary/students/x/week", "not-a-token");
		assertThat(bad.status()).isEqualTo(401);
		assertThat(bad.isProblem()).isTrue();
		ApiClient.Response malformed = ApiClient.local(port).get("/api/diary/students/x/week", "two words");
		assertThat(malformed.status()).isEqualTo(401);
		assertThat(malformed.isProblem()).isTrue();
		assertThat(RECEIVED).isEmpty();
	}

	/**
	 * The gateway answers a browser's CORS preflight from an allowed origin itself (its security chain keeps its CORS
	 * filter; the services run none, platform's ResourceServerAutoConfiguration) and refuses another origin.
	 */
	@Test
	void aPreflightFromAnAllowedOriginIsAnsweredByTheGatewayAndAnotherOriginRefused() throws Exception {
		HttpResponse<String> allowed = preflight("http://localhost:5173");
		assertThat(allowed.statusCode()).isEqualTo(200);
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://localhost:5173");
		assertThat(allowed.headers().firstValue("Access-Control-Allow-Methods").orElse("")).contains("POST");

		assertThat(preflight("https://evil.example").statusCode()).isEqualTo(403);
		assertThat(RECEIVED).isEmpty();
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/diary/students/x/week"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "authorization,content-type")
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	/** Answers every request as diary-service answers one without a valid FGIS token, and notes what it got. */
	private static HttpServer diary() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", exchange -> {
				String authorization = exchange.getRequestHeaders().getFirst("Authorization");
				RECEIVED.add(exchange.getRequestURI().getPath() + (authorization == null ? "" : " " + authorization));
				byte[] body = OUTCOME.getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().add("Content-Type", "application/fhir+json;charset=UTF-8");
				exchange.sendResponseHeaders(401, body.length);
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
