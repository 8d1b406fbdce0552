package org.ejd.platform.openapi;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The published API description ({@code ejd.openapi.*}).
 *
 * @param issuerUri the Keycloak realm the security schemes name (its authorization and token endpoints); defaults to
 *        {@code ejd.security.issuer-uri}, the realm the service checks tokens against
 * @param examples this service's example of a property a shared schema carries, by {@code "[Schema.property]"} (a
 *        platform record whose value is the service's own word, e.g. what the read audit says was read; ADR 0064)
 */
@ConfigurationProperties("ejd.openapi")
public record OpenApiProperties(@Nullable String issuerUri, @Nullable Map<String, String> examples) {

	public Map<String, String> examplesOrNone() {
		return examples == null ? Map.of() : examples;
	}
}
