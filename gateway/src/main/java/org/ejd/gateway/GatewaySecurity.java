package org.ejd.gateway;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
