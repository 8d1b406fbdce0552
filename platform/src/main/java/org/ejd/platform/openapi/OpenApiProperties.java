package org.ejd.platform.openapi;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The published API description ({@code ejd.openapi.*}).
 *
 * @param issuerUri the Keycloak realm the security schemes name (its authorization and token endpoints); defaults to
 *        {@code ejd.security.issuer-uri}, the realm the service checks tokens against
 */
@ConfigurationProperties("ejd.openapi")
public record OpenApiProperties(@Nullable String issuerUri) {
}
