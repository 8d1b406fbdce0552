package org.ejd.identity.accounts;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How identity-service reaches Keycloak's admin API ({@code ejd.identity.keycloak.*}).
 *
 * @param serverUrl Keycloak's base URL as this service reaches it
 * @param realm the realm of eJD users
 * @param clientId the confidential client with a service account allowed to manage users
 * @param clientSecret its secret; from the environment in production
 * @param timeout how long one admin call may take before it counts as failed
 * @param attempts how many times a failed call is tried (it is idempotent or compensated)
 * @param retryWait the pause between tries
 */
@ConfigurationProperties("ejd.identity.keycloak")
@Validated
public record KeycloakProperties(String serverUrl, @DefaultValue("ejd") String realm,
		@DefaultValue("ejd-identity-admin") String clientId,
		@NotBlank(message = "set EJD_IDENTITY_KEYCLOAK_CLIENT_SECRET: the secret of ejd-identity-admin has no default") String clientSecret, @DefaultValue("5s") Duration timeout,
		@DefaultValue("3") int attempts, @DefaultValue("300ms") Duration retryWait) {
}
