package org.ejd.identity.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How identity-service reaches Keycloak's admin API ({@code ejd.identity.keycloak.*}).
 *
 * @param serverUrl Keycloak's base URL as this service reaches it
 * @param realm the realm of eJD users
 * @param clientId the confidential client with a service account allowed to manage users
 * @param clientSecret its secret; from the environment in production
 */
@ConfigurationProperties("ejd.identity.keycloak")
public record KeycloakProperties(String serverUrl, @DefaultValue("ejd") String realm,
		@DefaultValue("ejd-identity-admin") String clientId, String clientSecret) {
}
