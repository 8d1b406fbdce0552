package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.ejd.testkit.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service that does not answer within {@code ejd.gateway.timeout} is a 503 problem+json with Retry-After, and the
 * gateway gives the call up: the proxied call runs on a virtual thread of its own (ADR 0068), which the time limit
 * interrupts, closing its connection to the service. A real TCP peer stands in for diary-service and never answers
 * {@code /api/status} (open, no token); it notes when the gateway closes the connection.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ejd.security.issuer-uri=http://localhost:1/realms/ejd", "management.server.port=0",
				"ejd.gateway.timeout=300ms" })
class SlowServiceIT {

	private static final CountDownLatch GIVEN_UP = new CountDownLatch(1);

	private static final ServerSocket DIARY = slowDiary();

	@DynamicPropertySource
	static void routes(DynamicPropertyRegistry registry) {
		registry.add("ejd.gateway.services.diary", () -> "http://localhost:" + DIARY.getLocalPort());
	}

	@LocalServerPort
	int port;

	@AfterAll
	static void stop() throws IOException {
		DIARY.close();
	}

	@Test
	void aServiceSlowerThanTheTimeLimitIs503ProblemWithRetryAfterAndTheCallIsGivenUp() throws InterruptedException {
		ApiClient.Response answer = ApiClient.local(port).get("/api/status", null);

		assertThat(answer.status()).as(answer.body()).isEqualTo(503);
		assertThat(answer.isProblem()).isTrue();
		assertThat(answer.json().get("service").asString()).isEqualTo("diary");
		assertThat(answer.headers()).containsEntry("retry-after", "10");
		// the proxied call does not keep waiting on the service after the 503 (the bound only ends a failing test)
		assertThat(GIVEN_UP.await(20, TimeUnit.SECONDS)).as("the gateway closed its connection to the silent service").isTrue();
	}

	/**
	 * Reads a request and then waits for more from the same connection without ever answering: the read ends
	 * ({@code -1} or an error) only when the gateway closes the connection. Notes that in {@link #GIVEN_UP}.
	 */
	private static ServerSocket slowDiary() {
		try {
			ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			Thread.ofVirtual().start(() -> {
				while (!server.isClosed()) {
					try {
						Socket connection = server.accept();
						Thread.ofVirtual().start(() -> holdWithoutAnswer(connection));
					}
					catch (IOException closed) {
						return;
					}
				}
			});
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void holdWithoutAnswer(Socket connection) {
		try (connection; InputStream in = connection.getInputStream()) {
			byte[] buffer = new byte[8192];
			StringBuilder request = new StringBuilder();
			while (!request.toString().contains("\r\n\r\n")) {
				int n = in.read(buffer);
				if (n < 0) {
					return;
				}
				request.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
			}
			while (in.read(buffer) >= 0) {
				// a further request on this connection would be read here; the gateway sends none
			}
		}
		catch (IOException reset) {
			// the gateway closed the connection abruptly: given up all the same
		}
		GIVEN_UP.countDown();
	}
}
