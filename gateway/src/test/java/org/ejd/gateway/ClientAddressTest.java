package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.gateway.server.mvc.filter.RemoveHopByHopRequestHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

class ClientAddressTest {

	@Test
	void aClientsOwnForwardedForIsReplacedByTheConnectionsAddress() {
		ServiceRequestHeaders filter = headersFor(List.of());
		HttpHeaders out = filter.apply(headers("1.2.3.4"), request("203.0.113.7", "1.2.3.4"));
		assertThat(out.get(ClientAddress.X_FORWARDED_FOR)).containsExactly("203.0.113.7");
		assertThat(out.containsHeader("Forwarded")).isFalse();
		assertThat(out.containsHeader("X-Real-IP")).isFalse();
	}

	@Test
	void rotatingTheHeaderChangesNothingTheServicesSee() {
		ServiceRequestHeaders filter = headersFor(List.of());
		for (String forged : List.of("10.0.0.1", "10.0.0.2, 10.0.0.3", "")) {
			assertThat(filter.apply(headers(forged), request("203.0.113.7", forged)).getFirst(ClientAddress.X_FORWARDED_FOR))
				.isEqualTo("203.0.113.7");
		}
	}

	@Test
	void behindATrustedLoadBalancerTheAddressItAppendedCounts() {
		ServiceRequestHeaders filter = headersFor(List.of("10.1.0.0/16"));
		assertThat(filter.apply(headers("6.6.6.6, 198.51.100.20"), request("10.1.2.3", "6.6.6.6, 198.51.100.20"))
			.getFirst(ClientAddress.X_FORWARDED_FOR)).isEqualTo("198.51.100.20");
		assertThat(filter.apply(headers("6.6.6.6"), request("10.2.0.1", "6.6.6.6")).getFirst(ClientAddress.X_FORWARDED_FOR))
			.as("not from the trusted range").isEqualTo("10.2.0.1");
	}

	/** The service's headers drop exactly the framework's hop-by-hop list, whatever the case of a name, and Content-Length. */
	@Test
	void hopByHopHeadersAndContentLengthAreNotRelayedAndTheOthersAre() {
		HttpHeaders in = headers("1.2.3.4");
		RemoveHopByHopRequestHeadersFilter.HEADERS_REMOVED_ON_REQUEST.forEach(name -> in.set(name.toUpperCase(java.util.Locale.ROOT), "x"));
		in.set("Content-Length", "12");
		in.set("Accept-Language", "ru");
		in.set("Authorization", "Bearer t");

		HttpHeaders out = headersFor(List.of()).apply(in, request("203.0.113.7", "1.2.3.4"));

		assertThat(out.headerNames()).containsExactlyInAnyOrder("Accept-Language", "Authorization", ClientAddress.X_FORWARDED_FOR);
		for (String name : RemoveHopByHopRequestHeadersFilter.HEADERS_REMOVED_ON_REQUEST) {
			assertThat(HopByHop.is(name)).as(name).isTrue();
		}
		assertThat(HopByHop.is("Accept")).isFalse();
		assertThat(HopByHop.is("tex")).isFalse();
	}

	private static ServiceRequestHeaders headersFor(List<String> trustedProxies) {
		StaticListableBeanFactory none = new StaticListableBeanFactory();
		return new ServiceRequestHeaders(new ClientAddress(properties(trustedProxies)),
				new TraceToServices(none.getBeanProvider(Tracer.class), none.getBeanProvider(Propagator.class)));
	}

	private static GatewayProperties properties(List<String> trustedProxies) {
		return new GatewayProperties(Map.of(), java.time.Duration.ofSeconds(10), List.of(), trustedProxies, Map.of(), 100);
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
