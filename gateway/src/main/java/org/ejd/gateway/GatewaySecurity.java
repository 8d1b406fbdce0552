package org.ejd.gateway;

import java.util.List;

import org.ejd.platform.security.BearerTokens;
import org.ejd.platform.security.SecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The gateway checks tokens like every service (platform's resource server, with its cache of
 * verified tokens switched on by {@code ejd.security.token-cache-bytes}) and relays them; here it
 * adds CORS for third-party front-ends.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

	/**
	 * On its public paths the gateway leaves the token to the service behind it: FGIS's {@code /Schedule} and OneRoster's
	 * paths answer a missing or bad token in their standard's envelope (a FHIR OperationOutcome, the imsx body), which a
	 * 401 problem of the gateway's own would replace (ADR 0021, 0023). The token is relayed untouched; the service
	 * verifies it. Everywhere else the token is read and checked here as before.
	 */
	@Bean
	BearerTokenResolver bearerTokenResolver(SecurityProperties security) {
		BearerTokens tokens = new BearerTokens();
		List<RequestMatcher> open = security.publicPaths().stream()
			.<RequestMatcher>map(path -> PathPatternRequestMatcher.withDefaults().matcher(path))
			.toList();
		return request -> open.stream().anyMatch(path -> path.matches(request)) ? null : tokens.resolve(request);
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.corsAllowedOrigins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept-Language", "If-Match", "If-None-Match",
				"Idempotency-Key"));
		cors.setExposedHeaders(List.of("ETag", "Location", "Link", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining",
				"RateLimit-Reset", "Idempotent-Replayed", "Deprecation", "Sunset", "Ejd-Data-Stale"));
		cors.setMaxAge(3600L);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		return source;
	}

}
