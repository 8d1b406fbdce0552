package org.ejd.identity.portal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Regional portals that link their users' accounts ({@code ejd.identity.portal.*}).
 *
 * @param identityProviders which Keycloak identity provider (alias in realm {@code ejd}) stands for
 *        the portal calling with which client id; a portal client not listed here cannot link
 * @param credentialAttemptsPerWindow how many links by diary credentials one portal may try per
 *        login and window before 429 (Keycloak's brute-force detection counts them too)
 * @param window the window of that count
 */
@ConfigurationProperties("ejd.identity.portal")
public record PortalProperties(Map<String, String> identityProviders,
		@DefaultValue("5") int credentialAttemptsPerWindow, @DefaultValue("15m") Duration window) {

	public PortalProperties {
		identityProviders = identityProviders == null ? Map.of() : Map.copyOf(identityProviders);
	}
}
