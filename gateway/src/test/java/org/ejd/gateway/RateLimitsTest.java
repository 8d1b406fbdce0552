package org.ejd.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.TimeMeter;

import org.ejd.gateway.RateLimitProperties.Limit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RateLimitsTest {

	/** As Spring's own mapper writes problems: their properties at the top level. */
	private static final JsonMapper JSON = JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

	private final Clock time = new Clock();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aUserOverTheLimitGets429ProblemWithRetryAfterUntilTheWindowEnds() throws Exception {
		RateLimits limits = limits(List.of());
		signIn("teacher-1", "ejd-web");
		for (int i = 1; i <= 20; i++) {
			MockHttpServletResponse ok = call(limits, get("/api/journal/marks", "203.0.113.7"));
			assertThat(ok.getStatus()).isEqualTo(200);
			assertThat(ok.getHeader("RateLimit-Limit")).isEqualTo("20");
			assertThat(ok.getHeader("RateLimit-Remaining")).isEqualTo(Integer.toString(20 - i));
			assertThat(ok.getHeader("RateLimit-Reset")).isEqualTo("60");
		}

		MockHttpServletResponse refused = call(limits, get("/api/journal/marks", "203.0.113.7"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(refused.getHeader("RateLimit-Remaining")).isEqualTo("0");
		JsonNode problem = JSON.readTree(refused.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("code").asString()).isEqualTo("problem.rate-limited");
		assertThat(problem.get("detail").asString()).isEqualTo("Слишком много запросов. Повторите через 60 с.");

		time.advance(Duration.ofSeconds(45));
		assertThat(call(limits, get("/api/journal/marks", "203.0.113.7")).getHeader("Retry-After")).isEqualTo("15");
		time.advance(Duration.ofSeconds(15));
		assertThat(call(limits, get("/api/journal/marks", "203.0.113.7")).getStatus()).isEqualTo(200);
	}

	@Test
	void oneUsersBucketLeavesAnotherUsersAlone() throws Exception {
		RateLimits limits = limits(List.of());
		signIn("teacher-1", "ejd-web");
		for (int i = 0; i < 20; i++) {
			call(limits, get("/api/journal/marks", "203.0.113.7"));
		}
		assertThat(call(limits, get("/api/journal/marks", "203.0.113.7")).getStatus()).isEqualTo(429);
		signIn("teacher-2", "ejd-web");
		assertThat(call(limits, get("/api/journal/marks", "203.0.113.7")).getStatus()).as("same address, another user").isEqualTo(200);
	}

	@Test
	void aClientIsLimitedForAllItsUsersTogether() throws Exception {
		RateLimits limits = limits(List.of());
		for (int i = 0; i < 50; i++) {
			signIn("portal-user-" + i, "ejd-portal");
			assertThat(call(limits, get("/api/diary/me/students", "198.51.100.1")).getStatus()).isEqualTo(200);
		}
		signIn("portal-user-x", "ejd-portal");
		MockHttpServletResponse refused = call(limits, get("/api/diary/me/students", "198.51.100.1"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("RateLimit-Limit")).isEqualTo("50");
	}

	@Test
	void identityWritesHaveAStricterBucketThatLeavesReadsAlone() throws Exception {
		RateLimits limits = limits(List.of());
		signIn("admin-1", "ejd-web");
		for (int i = 0; i < 5; i++) {
			assertThat(call(limits, request("POST", "/api/identity/persons", "203.0.113.7")).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = call(limits, request("POST", "/api/identity/persons", "203.0.113.7"));
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("RateLimit-Limit")).isEqualTo("5");
		assertThat(call(limits, get("/api/identity/persons", "203.0.113.7")).getStatus()).isEqualTo(200);
	}

	@Test
	void activationKeysOnTheRealClientAddressSoAForgedForwardedForDodgesNothing() throws Exception {
		RateLimits limits = limits(List.of());
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest request = request("POST", RateLimits.ACTIVATIONS, "203.0.113.7");
			request.addHeader(ClientAddress.X_FORWARDED_FOR, "10.0.0." + i);
			assertThat(call(limits, request).getStatus()).isEqualTo(200);
		}
		MockHttpServletRequest forged = request("POST", RateLimits.ACTIVATIONS, "203.0.113.7");
		forged.addHeader(ClientAddress.X_FORWARDED_FOR, "10.0.0.99");
		MockHttpServletResponse refused = call(limits, forged);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
		assertThat(call(limits, request("POST", RateLimits.ACTIVATIONS, "203.0.113.8")).getStatus()).as("another client").isEqualTo(200);
	}

	@Test
	void behindATrustedProxyEachClientAddressItAppendedHasItsOwnActivationBucket() throws Exception {
		RateLimits limits = limits(List.of("10.1.0.0/16"));
		for (int i = 0; i < 3; i++) {
			assertThat(call(limits, viaProxy("198.51.100.20")).getStatus()).isEqualTo(200);
		}
		assertThat(call(limits, viaProxy("198.51.100.20")).getStatus()).isEqualTo(429);
		assertThat(call(limits, viaProxy("198.51.100.21")).getStatus()).as("another client behind the same proxy").isEqualTo(200);
	}

	@Test
	void callersWithoutATokenAreLimitedPerAddressOutsideTheApiNothingIsLimited() throws Exception {
		RateLimits limits = limits(List.of());
		for (int i = 0; i < 10; i++) {
			call(limits, get("/api/journal/attachments/x", "203.0.113.9"));
		}
		assertThat(call(limits, get("/api/journal/attachments/x", "203.0.113.9")).getStatus()).isEqualTo(429);
		MockHttpServletResponse docs = call(limits, get("/swagger-ui.html", "203.0.113.9"));
		assertThat(docs.getStatus()).isEqualTo(200);
		assertThat(docs.getHeader("RateLimit-Limit")).isNull();
	}

	private RateLimits limits(List<String> trustedProxies) {
		RateLimitProperties properties = new RateLimitProperties(true, new Limit(20, Duration.ofMinutes(1)),
				new Limit(50, Duration.ofMinutes(1)), Map.of("ejd-web", new Limit(0, Duration.ofMinutes(1))),
				new Limit(10, Duration.ofMinutes(1)), new Limit(5, Duration.ofMinutes(1)), new Limit(3, Duration.ofMinutes(10)), 1000);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("ejd-platform-messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
		locales.setDefaultLocale(java.util.Locale.of("ru"));
		ClientAddress addresses = new ClientAddress(new GatewayProperties(Map.of(), Duration.ofSeconds(10), List.of(), trustedProxies, Map.of(), 100));
		return new RateLimits(properties, addresses, messages, locales, JSON, time);
	}

	private static void signIn(String subject, String client) {
		Jwt jwt = Jwt.withTokenValue("token-of-" + subject).header("alg", "RS256").subject(subject).claim("azp", client).build();
		SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
	}

	private static MockHttpServletResponse call(RateLimits limits, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		limits.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest get(String path, String remote) {
		return request("GET", path, remote);
	}

	private static MockHttpServletRequest request(String method, String path, String remote) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(remote);
		return request;
	}

	private static MockHttpServletRequest viaProxy(String client) {
		MockHttpServletRequest request = request("POST", RateLimits.ACTIVATIONS, "10.1.2.3");
		request.addHeader(ClientAddress.X_FORWARDED_FOR, "6.6.6.6, " + client);
		return request;
	}

	/** Bucket4j's time, moved by the test. */
	private static final class Clock implements TimeMeter {

		private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

		void advance(Duration duration) {
			nanos.addAndGet(duration.toNanos());
		}

		@Override
		public long currentTimeNanos() {
			return nanos.get();
		}

		@Override
		public boolean isWallClockBased() {
			return false;
		}
	}
}
