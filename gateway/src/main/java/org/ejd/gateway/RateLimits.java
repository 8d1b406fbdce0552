package org.ejd.gateway;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ejd.gateway.RateLimitProperties.Limit;
import org.ejd.platform.web.ProblemMediaType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.ObjectMapper;

/**
 * Rate limits on {@code /api/**} (ADR 0026): a request takes one token from each bucket that applies to it, the
 * strictest first: activation by code per client address, identity writes per user, each user, each OAuth client, and
 * each address without a token. Every answer carries {@code RateLimit-Limit}, {@code RateLimit-Remaining} and
 * {@code RateLimit-Reset} of the bucket closest to empty; an empty bucket answers 429 problem+json with
 * {@code Retry-After}. Addresses are the real client's ({@link ClientAddress}: a trusted proxy's hop, never the caller's
 * own header). Buckets live in this instance's memory: with N gateway instances behind a balancer a caller gets up to
 * N times the limit.
 */
class RateLimits extends OncePerRequestFilter {

	static final String ACTIVATIONS = "/api/identity/activations";

	private static final HttpStatusCode TOO_MANY_REQUESTS = HttpStatusCode.valueOf(429);

	private final RateLimitProperties properties;

	private final ClientAddress addresses;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final ObjectMapper mapper;

	private final TimeMeter time;

	private final Cache<String, Bucket> buckets;

	RateLimits(RateLimitProperties properties, ClientAddress addresses, MessageSource messages, LocaleResolver locales,
			ObjectMapper mapper, TimeMeter time) {
		this.properties = properties;
		this.addresses = addresses;
		this.messages = messages;
		this.locales = locales;
		this.mapper = mapper;
		this.time = time;
		Duration longest = List.of(properties.user(), properties.client(), properties.address(), properties.identityWrites(),
				properties.activation()).stream().map(Limit::per).max(Duration::compareTo).orElseThrow();
		this.buckets = Caffeine.newBuilder().maximumSize(properties.maxKeys()).expireAfterAccess(longest).build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !properties.enabled() || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ConsumptionProbe closest = null;
		Limit closestLimit = null;
		for (Keyed keyed : bucketsFor(request)) {
			ConsumptionProbe probe = buckets.get(keyed.key(), key -> bucket(keyed.limit())).tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				tooMany(request, response, keyed.limit(), probe);
				return;
			}
			if (closest == null || probe.getRemainingTokens() < closest.getRemainingTokens()) {
				closest = probe;
				closestLimit = keyed.limit();
			}
		}
		if (closest != null) {
			headers(response, closestLimit, closest.getRemainingTokens(), closest.getNanosToWaitForReset());
		}
		chain.doFilter(request, response);
	}

	/** The buckets a request takes from, strictest first; a limit of 0 requests is none. */
	List<Keyed> bucketsFor(HttpServletRequest request) {
		List<Keyed> keyed = new ArrayList<>();
		String method = request.getMethod().toUpperCase(Locale.ROOT);
		boolean write = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
		String path = request.getRequestURI();
		String address = addresses.of(request);
		if (write && (path.equals(ACTIVATIONS) || path.startsWith(ACTIVATIONS + "/"))) {
			keyed.add(new Keyed("activation:" + address, properties.activation()));
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
			String user = jwt.getSubject();
			String client = jwt.getClaimAsString("azp");
			if (write && user != null && path.startsWith("/api/identity/")) {
				keyed.add(new Keyed("identity-write:" + user, properties.identityWrites()));
			}
			if (user != null) {
				keyed.add(new Keyed("user:" + user, properties.user()));
			}
			if (client != null) {
				keyed.add(new Keyed("client:" + client, properties.clients().getOrDefault(client, properties.client())));
			}
		}
		else {
			keyed.add(new Keyed("address:" + address, properties.address()));
		}
		return keyed.stream().filter(k -> !k.limit().unlimited()).toList();
	}

	private Bucket bucket(Limit limit) {
		return Bucket.builder()
			.addLimit(l -> l.capacity(limit.requests()).refillIntervally(limit.requests(), limit.per()))
			.withCustomTimePrecision(time)
			.build();
	}

	private static void headers(HttpServletResponse response, Limit limit, long remaining, long nanosToReset) {
		response.setHeader("RateLimit-Limit", Integer.toString(limit.requests()));
		response.setHeader("RateLimit-Remaining", Long.toString(remaining));
		response.setHeader("RateLimit-Reset", Long.toString(seconds(nanosToReset)));
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, Limit limit, ConsumptionProbe probe)
			throws IOException {
		long retryAfter = Math.max(1, seconds(probe.getNanosToWaitForRefill()));
		headers(response, limit, 0, probe.getNanosToWaitForReset());
		response.setHeader("Retry-After", Long.toString(retryAfter));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(TOO_MANY_REQUESTS,
				messages.getMessage("problem.rate-limited", new Object[] { retryAfter }, "problem.rate-limited",
						locales.resolveLocale(request)));
		problem.setType(URI.create("https://ejd.example/problems/problem-rate-limited"));
		problem.setProperty("code", "problem.rate-limited");
		response.setStatus(TOO_MANY_REQUESTS.value());
		response.setContentType(ProblemMediaType.PROBLEM_JSON.toString());
		mapper.writeValue(response.getOutputStream(), problem);
	}

	private static long seconds(long nanos) {
		return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
	}

	record Keyed(String key, Limit limit) {
	}
}
