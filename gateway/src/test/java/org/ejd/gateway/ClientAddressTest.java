package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

class ClientAddressTest {

	@Test
	void aClientsOwnForwardedForIsReplacedByTheConnectionsAddress() {
		ClientAddress filter = new ClientAddress(properties(List.of()));
		HttpHeaders out = filter.apply(headers("1.2.3.4"), request("203.0.113.7", "1.2.3.4"));
		assertThat(out.get(ClientAddress.X_FORWARDED_FOR)).containsExactly("203.0.113.7");
		assertThat(out.containsHeader("Forwarded")).isFalse();
		assertThat(out.containsHeader("X-Real-IP")).isFalse();
	}

	@Test
	void rotatingTheHeaderChangesNothingTheServicesSee() {
		ClientAddress filter = new ClientAddress(properties(List.of()));
		for (String forged : List.of("10.0.0.1", "10.0.0.2, 10.0.0.3", "")) {
			assertThat(filter.apply(headers(forged), request("203.0.113.7", forged)).getFirst(ClientAddress.X_FORWARDED_FOR))
				.isEqualTo("203.0.113.7");
		}
	}

	@Test
	void behindATrustedLoadBalancerTheAddressItAppendedCounts() {
		ClientAddress filter = new ClientAddress(properties(List.of("10.1.0.0/16")));
		assertThat(filter.apply(headers("6.6.6.6, 198.51.100.20"), request("10.1.2.3", "6.6.6.6, 198.51.100.20"))
			.getFirst(ClientAddress.X_FORWARDED_FOR)).isEqualTo("198.51.100.20");
		assertThat(filter.apply(headers("6.6.6.6"), request("10.2.0.1", "6.6.6.6")).getFirst(ClientAddress.X_FORWARDED_FOR))
			.as("not from the trusted range").isEqualTo("10.2.0.1");
	}

	private static GatewayProperties properties(List<String> trustedProxies) {
		return new GatewayProperties(Map.of(), java.time.Duration.ofSeconds(10), List.of(), trustedProxies, Map.of());
	}

	private static HttpHeaders headers(String forwardedFor) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(ClientAddress.X_FORWARDED_FOR, forwardedFor);
		headers.set("Forwarded", "for=" + forwardedFor);
		headers.set("X-Real-IP", forwardedFor);
		return headers;
	}

	private static ServerRequest request(String remoteAddress, String forwardedFor) {
		MockHttpServletRequest servlet = new MockHttpServletRequest("POST", "/api/identity/activations");
		servlet.setRemoteAddr(remoteAddress);
		servlet.addHeader(ClientAddress.X_FORWARDED_FOR, forwardedFor);
		return ServerRequest.create(servlet, List.of());
	}
}
