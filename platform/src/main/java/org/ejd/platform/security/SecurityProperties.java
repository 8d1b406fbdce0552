package org.ejd.platform.security;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Token validation ({@code ejd.security.*}).
 *
 * @param issuerUri the {@code iss} every token must carry, e.g. {@code http://localhost:8081/realms/ejd}
 * @param jwkSetUri where to fetch the realm's signing keys; defaults to the issuer's certs endpoint
 *        (set it when services reach Keycloak under another host name than browsers do)
 * @param audience the {@code aud} every token must carry (the realm's audience mapper adds it)
 * @param publicPaths request paths served without a token, besides health, OpenAPI and Swagger UI
 * @param tokenCacheBytes how much memory the verified tokens may take (estimated from their size); 0 verifies
 *        every request in full. The gateway and every service keep one (16 MB, about 4,000 tokens, by default): a
 *        full RS256 check costs tens of microseconds on every request, a cached one a hash (perf/, issue 13)
 * @param tokenCacheTtl the longest a verified token is remembered, however late it expires: a token
 *        revoked in Keycloak is refused again after this long at most
 */
@ConfigurationProperties("ejd.security")
public record SecurityProperties(
		String issuerUri,
		@Nullable String jwkSetUri,
		@DefaultValue("ejd-api") String audience,
		@DefaultValue List<String> publicPaths,
		@DefaultValue("16MB") DataSize tokenCacheBytes,
		@DefaultValue("2m") Duration tokenCacheTtl) {

	public String effectiveJwkSetUri() {
		return jwkSetUri != null && !jwkSetUri.isBlank() ? jwkSetUri : issuerUri + "/protocol/openid-connect/certs";
	}
}
