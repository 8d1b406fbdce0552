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
 * @param assertionAudience the {@code aud} a portal's link assertion must name (ADR 0043)
 * @param assertionLifetime the longest an assertion may be valid, from {@code iat} to {@code exp}
 * @param clockSkew how far the portal's clock may be off eJD's when {@code exp}, {@code nbf}, {@code iat} are checked
 */
@ConfigurationProperties("ejd.identity.portal")
public record PortalProperties(Map<String, String> identityProviders,
		@DefaultValue("5") int credentialAttemptsPerWindow, @DefaultValue("15m") Duration window,
		@DefaultValue("ejd") String assertionAudience, @DefaultValue("5m") Duration assertionLifetime,
		@DefaultValue("60s") Duration clockSkew) {

	public PortalProperties {
		identityProviders = identityProviders == null ? Map.of() : Map.copyOf(identityProviders);
	}
}
